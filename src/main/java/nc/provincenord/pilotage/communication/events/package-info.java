/**
 * Events of the communication capability, published through Spring's
 * {@code ApplicationEventPublisher} inside the engine transaction. Each carries its
 * recipients and what a French mail needs; the notification module subscribes to them
 * (typically with {@code @TransactionalEventListener} to write its outbox).
 */
package nc.provincenord.pilotage.communication.events;
