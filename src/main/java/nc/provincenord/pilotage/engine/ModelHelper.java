package nc.provincenord.pilotage.engine;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a Spring bean that BPMN models may name in an expression ({@code ${workingDays.after(2)}},
 * {@code ${projectStage.enter(execution, 'ANALYSIS')}}). Delegates and listeners are exposed by their
 * type; every other bean stays out of the engine's reach.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ModelHelper {
}
