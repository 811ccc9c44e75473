/**
 * Events of the project lifecycle, published through Spring's {@code ApplicationEventPublisher}
 * inside the engine transaction, each with its recipients and what a French mail needs.
 * A named interface of the module: other modules may listen to these events (the portfolio
 * compiles the closing report on {@code ProjectClosed}).
 */
@NamedInterface("events")
package nc.provincenord.pilotage.lifecycle.events;

import org.springframework.modulith.NamedInterface;
