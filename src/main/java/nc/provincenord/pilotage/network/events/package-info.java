/**
 * Events of the référents network, published through Spring's {@code ApplicationEventPublisher}
 * inside the engine transaction, each with its recipients and what a French mail needs.
 * A named interface of the module: other modules may listen to these events.
 */
@NamedInterface("events")
package nc.provincenord.pilotage.network.events;

import org.springframework.modulith.NamedInterface;
