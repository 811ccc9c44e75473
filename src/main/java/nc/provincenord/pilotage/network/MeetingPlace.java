package nc.provincenord.pilotage.network;

import java.util.Arrays;
import java.util.Optional;

/** Where a référents meeting takes place: one of the 17 communes of Province Nord (INSEE code) or a video call. */
enum MeetingPlace {
  VISIO("VISIO", "Visioconférence"),
  BELEP("98801", "Belep"),
  CANALA("98804", "Canala"),
  HIENGHENE("98807", "Hienghène"),
  HOUAILOU("98808", "Houaïlou"),
  KAALA_GOMEN("98810", "Kaala-Gomen"),
  KONE("98811", "Koné"),
  KOUAOUA("98833", "Kouaoua"),
  KOUMAC("98812", "Koumac"),
  OUEGOA("98819", "Ouégoa"),
  POINDIMIE("98822", "Poindimié"),
  PONERIHOUEN("98823", "Ponérihouen"),
  POUEBO("98824", "Pouébo"),
  POUEMBOUT("98825", "Pouembout"),
  POUM("98826", "Poum"),
  POYA("98827", "Poya"),
  TOUHO("98830", "Touho"),
  VOH("98831", "Voh");

  private final String code;
  private final String label;

  MeetingPlace(String code, String label) {
    this.code = code;
    this.label = label;
  }

  String code() {
    return code;
  }

  String label() {
    return label;
  }

  static Optional<MeetingPlace> ofCode(String code) {
    return Arrays.stream(values()).filter(place -> place.code.equals(code)).findFirst();
  }
}
