/**
 * « Mes demandes »: what each user started or takes part in (projects, publication requests,
 * watch items), where it stands and who holds the next step; a requester's withdrawal.
 */
package nc.provincenord.pilotage.follow;
