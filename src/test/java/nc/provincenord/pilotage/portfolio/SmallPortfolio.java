package nc.provincenord.pilotage.portfolio;

import static nc.provincenord.pilotage.portfolio.PortfolioSeed.at;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Five projects of one year, whose every figure is known (see the assertions of the tests).
 * The week of the report runs from Monday 7 June 07:00 to Monday 14 June 07:00 (Nouméa).
 */
final class SmallPortfolio {

  static final String XSS_TITLE = "Portail des aides <script>alert('xss')</script> & <b>gras</b>";

  final int year;
  final String red;
  final String green;
  final String waiting;
  final String fresh;
  final String closed;

  SmallPortfolio(int year) {
    this.year = year;
    red = "PRJ-" + year + "-0001";
    green = "PRJ-" + year + "-0002";
    waiting = "PRJ-" + year + "-0003";
    fresh = "PRJ-" + year + "-0004";
    closed = "PRJ-" + year + "-0005";
  }

  OffsetDateTime asOf() {
    return at(year, 6, 14, 7);
  }

  void seed(PortfolioSeed seed) {
    seed.deleteYear(year);
    seed.project(red, XSS_TITLE).direction("DSI").stage("REALISATION")
        .budgets(10_000_000, 12_000_000L, 11_000_000L, 9_000_000L).health("RED", "AMBER", "GREEN", "RED")
        .created(at(year, 1, 5, 9)).dates(LocalDate.of(year, 9, 30), LocalDate.of(year, 10, 31), null)
        .spec("https://ged.province-nord.nc/cdc/portail.pdf").insert();
    seed.project(green, "Dossier patient informatisé").direction("DASSPS").track("MAJOR").stage("REALISATION")
        .budgets(5_000_000, null, 6_000_000L, 2_000_000L).health("GREEN", "GREEN", "GREEN", "GREEN")
        .created(at(year, 2, 1, 9)).dates(LocalDate.of(year, 12, 15), LocalDate.of(year, 12, 15), null).insert();
    seed.project(waiting, "Réseau des collèges").direction("DEFIJ").stage("VALIDATION")
        .budgets(3_000_000, null, null, null).created(at(year, 6, 8, 10)).insert();
    seed.project(fresh, "Site web du tourisme").direction("DSI").track(null).stage("ANALYSIS")
        .budgets(2_500_000, null, null, null).created(at(year, 6, 12, 8)).insert();
    seed.project(closed, "Ancien intranet").direction("DSI").track("LIGHT").stage("CLOSURE").closed(at(year, 6, 11, 16))
        .budgets(1_000_000, null, null, 900_000L).created(at(year, 1, 2, 9))
        .dates(LocalDate.of(year, 5, 31), LocalDate.of(year, 6, 10), LocalDate.of(year, 6, 10))
        .lessons("Impliquer les référents plus tôt.").insert();

    // Analyses of 10, 20, 30 days and 4 hours: median 15 days.
    seed.stage(red, "ANALYSIS", at(year, 1, 6, 8), at(year, 1, 16, 8));
    seed.stage(red, "REALISATION", at(year, 3, 1, 8), null);
    seed.stage(green, "ANALYSIS", at(year, 2, 2, 8), at(year, 2, 22, 8));
    seed.stage(green, "REALISATION", at(year, 4, 1, 8), null);
    seed.stage(closed, "ANALYSIS", at(year, 1, 3, 8), at(year, 2, 2, 8));
    seed.stage(closed, "CLOSURE", at(year, 6, 1, 8), at(year, 6, 11, 16));
    seed.stage(waiting, "ANALYSIS", at(year, 6, 8, 11), at(year, 6, 8, 15));
    seed.stage(waiting, "VALIDATION", at(year, 6, 8, 15), null);
    seed.stage(fresh, "ANALYSIS", at(year, 6, 12, 8), null);

    seed.statusReport(red, at(year, 5, 1, 9), 40, 4_000_000, 12_000_000, LocalDate.of(year, 9, 30), 0, "GREEN", "GREEN", "GREEN", "GREEN");
    seed.statusReport(red, at(year, 6, 10, 9), 50, 9_000_000, 12_000_000, LocalDate.of(year, 10, 31), 0, "RED", "AMBER", "GREEN", "RED");
    seed.alert(red, "HEALTH_RED", "REALISATION", at(year, 6, 10, 9), "Santé du projet passée au rouge. Coût : 75 % du budget consommé pour 50 % d'avancement.");
    // Red long before the week: not in this week's list.
    seed.alert(green, "HEALTH_RED", "REALISATION", at(year, 5, 1, 9), "Santé du projet passée au rouge.");
    seed.alert(waiting, "APPROVAL_ESCALATION", "VALIDATION", at(year, 6, 13, 15),
        "Échéance dépassée (13/06) : Valider le cahier des charges (MOA)");
    seed.decision(red, "VALIDATION", "SPEC_VALIDATION_MOA", "MOA", "APPROVE", "Conforme <i>au besoin</i>", "moa", at(year, 2, 20, 10));
    seed.decision(closed, "CLOSURE", "CLOSURE", null, "CLOSE", null, "cdp", at(year, 6, 11, 16));

    seed.commune(red, "98811", true, true, at(year, 6, 1, 9), at(year, 6, 5, 9));
    seed.commune(red, "98812", true, true, at(year, 6, 2, 9), null);
    seed.commune(green, "98812", true, false, null, null);
  }
}
