/**
 * Events of the communication capability, published through Spring's
 * {@code ApplicationEventPublisher} inside the engine transaction. Each carries its
 * recipients and what a French mail needs. {@code CommunicationMails} turns those that no
 * Tasklist task announces into mails, with a synchronous {@code @EventListener} writing the
 * outbox in the same transaction.
 * A named interface of the module: other modules may listen to these events.
 */
@NamedInterface("events")
package nc.provincenord.pilotage.communication.events;

import org.springframework.modulith.NamedInterface;
