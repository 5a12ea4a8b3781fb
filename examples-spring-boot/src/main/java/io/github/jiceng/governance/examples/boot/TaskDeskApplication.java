package io.github.jiceng.governance.examples.boot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A street office's task desk as a Spring Boot application: the starter wires the store on the
 * application's data source and reads the district's policy file; {@link TaskDesk} decides a
 * department's request and stores it, and {@link FirstRequest} does it once at start-up.
 */
@SpringBootApplication
public class TaskDeskApplication {
  /** Starts the application. */
  public static void main(String[] args) {
    SpringApplication.run(TaskDeskApplication.class, args);
  }
}
