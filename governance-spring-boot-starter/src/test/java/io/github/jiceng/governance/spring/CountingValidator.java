package io.github.jiceng.governance.spring;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.executable.ExecutableValidator;
import jakarta.validation.metadata.BeanDescriptor;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** An application's validator, as the context would hold it, counting what it checks. */
final class CountingValidator implements Validator {
  private final Validator delegate;
  private final AtomicInteger count;

  CountingValidator(Validator delegate, AtomicInteger count) {
    this.delegate = delegate;
    this.count = count;
  }

  @Override
  public <T> Set<ConstraintViolation<T>> validate(T object, Class<?>... groups) {
    count.incrementAndGet();
    return delegate.validate(object, groups);
  }

  @Override
  public <T> Set<ConstraintViolation<T>> validateProperty(
      T object, String propertyName, Class<?>... groups) {
    count.incrementAndGet();
    return delegate.validateProperty(object, propertyName, groups);
  }

  @Override
  public <T> Set<ConstraintViolation<T>> validateValue(
      Class<T> beanType, String propertyName, Object value, Class<?>... groups) {
    count.incrementAndGet();
    return delegate.validateValue(beanType, propertyName, value, groups);
  }

  @Override
  public BeanDescriptor getConstraintsForClass(Class<?> clazz) {
    return delegate.getConstraintsForClass(clazz);
  }

  @Override
  public <T> T unwrap(Class<T> type) {
    return delegate.unwrap(type);
  }

  @Override
  public ExecutableValidator forExecutables() {
    return delegate.forExecutables();
  }
}
