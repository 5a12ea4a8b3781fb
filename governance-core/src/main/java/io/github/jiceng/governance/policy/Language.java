package io.github.jiceng.governance.policy;

/** The languages an explanation can be printed in. */
public enum Language {
  /** Simplified Chinese (中文). */
  ZH,
  /** English. */
  EN
}
