package nc.provincenord.pilotage.security;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;

/** Camunda's password policy rules, said in French. */
final class PasswordPolicyMessages {

  private PasswordPolicyMessages() {
  }

  static String describe(PasswordPolicyRule rule) {
    Map<String, String> p = rule.getParameters() == null ? Map.of() : rule.getParameters();
    return switch (rule.getPlaceholder()) {
      case "PASSWORD_POLICY_LENGTH" -> "au moins " + p.get("minLength") + " caractères";
      case "PASSWORD_POLICY_LOWERCASE" -> "au moins " + p.get("minLowerCase") + " minuscule(s)";
      case "PASSWORD_POLICY_UPPERCASE" -> "au moins " + p.get("minUpperCase") + " majuscule(s)";
      case "PASSWORD_POLICY_DIGIT" -> "au moins " + p.get("minDigit") + " chiffre(s)";
      case "PASSWORD_POLICY_SPECIAL" -> "au moins " + p.get("minSpecial") + " caractère(s) spécial(aux)";
      case "PASSWORD_POLICY_USER_DATA" -> "aucune donnée de l'utilisateur (identifiant, nom, prénom, courriel)";
      default -> rule.getPlaceholder();
    };
  }

  static String describe(List<PasswordPolicyRule> rules) {
    return rules.stream().map(PasswordPolicyMessages::describe).collect(Collectors.joining(", "));
  }

  /** The whole policy, for the message of a refused password. */
  static String refused(PasswordPolicy policy) {
    return "Le mot de passe ne respecte pas la politique de mots de passe : "
        + (policy == null ? "" : describe(policy.getRules())) + ".";
  }
}
