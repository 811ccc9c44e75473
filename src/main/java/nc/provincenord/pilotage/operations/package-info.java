/**
 * Running Pilotage on a bad day: failed jobs become incidents with a French message and one mail to
 * the administrators ({@link nc.provincenord.pilotage.operations.FrenchIncidentHandler}), the admin
 * page of open incidents, and the retention of Pilotage's own tables.
 */
package nc.provincenord.pilotage.operations;
