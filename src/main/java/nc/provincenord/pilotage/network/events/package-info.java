/**
 * Events of the référents network, published through Spring's {@code ApplicationEventPublisher}
 * inside the engine transaction, each with its recipients and what a French mail needs.
 */
package nc.provincenord.pilotage.network.events;
