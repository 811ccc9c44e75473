package nc.provincenord.pilotage.engine;

import java.lang.reflect.Field;

/**
 * Reads the arguments of a Camunda command (its protected fields: the commands expose no
 * getters). A field that a later Camunda renames fails the command, never lets it through.
 */
final class CommandFields {

  private CommandFields() {
  }

  static Object read(Object command, String name) {
    Field field = field(command.getClass(), name);
    try {
      return field.get(command);
    } catch (IllegalAccessException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  static String text(Object command, String name) {
    return (String) read(command, name);
  }

  static Field field(Class<?> type, String name) {
    for (Class<?> current = type; current != null; current = current.getSuperclass()) {
      try {
        Field field = current.getDeclaredField(name);
        field.setAccessible(true);
        return field;
      } catch (NoSuchFieldException notHere) {
        // look in the superclass
      }
    }
    throw new IllegalStateException("La commande Camunda " + type.getName() + " n'a plus de champ « " + name
        + " » : Pilotage refuse l'appel plutôt que de le laisser passer sans contrôle.");
  }
}
