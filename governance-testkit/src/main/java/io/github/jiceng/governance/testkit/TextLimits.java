package io.github.jiceng.governance.testkit;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import org.jspecify.annotations.Nullable;

/**
 * The text fields of a stored record, found by reflection with the limit its Bean Validation
 * constraints give ({@code @Size(max)}, or the upper bound of a {@code @Pattern} such as {@code
 * [A-Za-z0-9._-]{1,64}}), and copies of the record with a field set to a text of a given length.
 * Fields of nested records and the first element of lists are included; null fields and the fields
 * named in {@code skip} (references to other records) are left alone.
 */
final class TextLimits {
  private static final java.util.regex.Pattern BOUND =
      java.util.regex.Pattern.compile("\\{\\d+,(\\d+)}$");

  private TextLimits() {}

  /**
   * A text field: its path from the record, its limit, whether a pattern bounds it (keys: written
   * with letters), and how to copy a record with another text there.
   */
  record Field(String path, int max, boolean pattern, Setter setter) {
    /**
     * The text to write: {@code length} characters, letters for pattern-bound keys and a CJK
     * character otherwise, after a prefix made of the path's hash, so that two ids of one record
     * set at the same length still differ.
     */
    String text(int length) {
      String prefix = Integer.toString(Math.abs(path.hashCode() % 46_656), 36);
      String text = prefix + (pattern ? "a" : "字").repeat(Math.max(0, length - prefix.length()));
      return text.substring(0, length);
    }

    /** {@code record} with this field {@code length} characters long. */
    <T> T with(T record, int length) {
      @SuppressWarnings("unchecked")
      T copy = (T) setter.set(record, text(length));
      return copy;
    }
  }

  /** Copies a record with one text replaced. */
  @FunctionalInterface
  interface Setter {
    Object set(Object record, String text);
  }

  /** Every limited text field of {@code record}. */
  static List<Field> of(Object record, Set<String> skip) {
    List<Field> fields = new ArrayList<>();
    if (!record.getClass().isRecord()) {
      return fields;
    }
    RecordComponent[] components = record.getClass().getRecordComponents();
    for (int i = 0; i < components.length; i++) {
      RecordComponent component = components[i];
      String name = component.getName();
      Object current = read(component, record);
      if (skip.contains(name) || current == null) {
        continue;
      }
      int index = i;
      if (current instanceof String) {
        Pattern pattern = component.getAccessor().getAnnotation(Pattern.class);
        Integer max = limit(component.getAccessor().getAnnotation(Size.class), pattern);
        if (max != null) {
          fields.add(new Field(name, max, pattern != null, (r, text) -> construct(r, index, text)));
        }
      } else if (current instanceof List<?> list
          && !list.isEmpty()
          && list.get(0) instanceof String) {
        Integer max = elementLimit(component.getAnnotatedType());
        if (max != null) {
          fields.add(
              new Field(
                  name + "[0]",
                  max,
                  false,
                  (r, text) -> {
                    List<Object> copy = new ArrayList<>((List<?>) read(component, r));
                    copy.set(0, text);
                    return construct(r, index, copy);
                  }));
        }
      } else if (current instanceof List<?> list
          && !list.isEmpty()
          && list.get(0) != null
          && list.get(0).getClass().isRecord()) {
        for (Field inner : of(list.get(0), relative(skip, name + "[0]"))) {
          fields.add(
              new Field(
                  name + "[0]." + inner.path(),
                  inner.max(),
                  inner.pattern(),
                  (r, text) -> {
                    List<Object> copy = new ArrayList<>((List<?>) read(component, r));
                    copy.set(0, inner.setter().set(copy.get(0), text));
                    return construct(r, index, copy);
                  }));
        }
      } else if (current.getClass().isRecord()) {
        for (Field inner : of(current, relative(skip, name))) {
          fields.add(
              new Field(
                  name + "." + inner.path(),
                  inner.max(),
                  inner.pattern(),
                  (r, text) -> construct(r, index, inner.setter().set(read(component, r), text))));
        }
      }
    }
    return fields;
  }

  /** {@code record} with every limited text field at its limit. */
  @SuppressWarnings("unchecked")
  static <T> T atLimit(T record, Set<String> skip) {
    T result = record;
    for (Field field : of(record, skip)) {
      result = (T) field.setter().set(result, field.text(field.max()));
    }
    return result;
  }

  private static Set<String> relative(Set<String> skip, String prefix) {
    Set<String> inner = new java.util.HashSet<>();
    for (String s : skip) {
      if (s.startsWith(prefix + ".")) {
        inner.add(s.substring(prefix.length() + 1));
      }
    }
    return inner;
  }

  private static @Nullable Integer limit(Size size, Pattern pattern) {
    if (size != null && size.max() < Integer.MAX_VALUE) {
      return size.max();
    }
    if (pattern != null) {
      Matcher bound = BOUND.matcher(pattern.regexp());
      if (bound.find()) {
        return Integer.parseInt(bound.group(1));
      }
    }
    return null;
  }

  private static @Nullable Integer elementLimit(AnnotatedType type) {
    if (type instanceof AnnotatedParameterizedType parameterized) {
      AnnotatedType element = parameterized.getAnnotatedActualTypeArguments()[0];
      return limit(element.getAnnotation(Size.class), element.getAnnotation(Pattern.class));
    }
    return null;
  }

  private static Object read(RecordComponent component, Object record) {
    try {
      return component.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + component, e);
    }
  }

  /**
   * A copy of {@code record} with component {@code index} set to {@code value}, through its
   * canonical constructor.
   */
  static Object construct(Object record, int index, Object value) {
    RecordComponent[] components = record.getClass().getRecordComponents();
    Object[] values = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      values[i] = i == index ? value : read(components[i], record);
      types[i] = components[i].getType();
    }
    try {
      Constructor<?> canonical = record.getClass().getDeclaredConstructor(types);
      return canonical.newInstance(values);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot copy " + record.getClass().getSimpleName(), e);
    }
  }
}
