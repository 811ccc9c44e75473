package nc.provincenord.pilotage.lifecycle;

/** Health on each axis: {@code GREEN}, {@code AMBER}, {@code RED}, or null before the first status report. */
public record ProjectHealth(String cost, String schedule, String quality, String overall) {
}
