package nc.provincenord.pilotage.modeling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import nc.provincenord.pilotage.lifecycle.LifecycleVariables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Diagrams a person can read: each main diagram fits two screens of 1 366 px at 100 % (2 700 px),
 * no flow crosses another in any diagram (two flows may share a stretch only when they leave the
 * same element or reach the same one), and the laid-out models are what {@link DiagramLayout} writes
 * from their layout file (rerun it after changing a model).
 */
class DiagramLayoutTest {

  static final int MAX_WIDTH = 2700;
  private static final String DI = "http://www.omg.org/spec/BPMN/20100524/DI";
  private static final String DC = "http://www.omg.org/spec/DD/20100524/DC";
  private static final String OMG_DI = "http://www.omg.org/spec/DD/20100524/DI";
  private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";

  /** {@code ./mvnw -q test -Dtest=DiagramLayoutTest -Dlayout.write=project-lifecycle} rewrites the diagram first. */
  @org.junit.jupiter.api.BeforeAll
  static void rewriteWhenAsked() throws Exception {
    String names = System.getProperty("layout.write", "");
    if (!names.isBlank()) {
      DiagramLayout.main(names.split(","));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {LifecycleVariables.PROCESS_KEY})
  void theLaidOutModelIsWhatTheLayoutToolWrites(String name) throws Exception {
    String model = Files.readString(Path.of("processes", name + ".bpmn"));
    String layout = Files.readString(Path.of("processes", "layout", name + ".layout"));
    assertThat(DiagramLayout.layOut(model, layout)).as("rerun DiagramLayout " + name).isEqualTo(model);
  }

  @Test
  void everyDiagramFitsTwoScreensAndNoFlowCrossesAnother() throws Exception {
    List<String> problems = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      for (Path model : files.filter(path -> path.toString().endsWith(".bpmn")).sorted().toList()) {
        problems.addAll(problems(model.getFileName().toString(), Files.readString(model)));
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void aCrossingIsFound() throws Exception {
    String crossing = """
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
            xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI">
          <process id="p"><sequenceFlow id="Flow_A" sourceRef="a" targetRef="b" /><sequenceFlow id="Flow_B" sourceRef="c" targetRef="d" /></process>
          <bpmndi:BPMNDiagram><bpmndi:BPMNPlane bpmnElement="p">
            <bpmndi:BPMNEdge bpmnElement="Flow_A"><di:waypoint x="0" y="0" /><di:waypoint x="100" y="0" /></bpmndi:BPMNEdge>
            <bpmndi:BPMNEdge bpmnElement="Flow_B"><di:waypoint x="50" y="-50" /><di:waypoint x="50" y="50" /></bpmndi:BPMNEdge>
          </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
        </definitions>""";
    assertThat(problems("x.bpmn", crossing)).singleElement().asString().contains("Flow_A", "Flow_B");
    assertThat(problems("x.bpmn", crossing.replace("sourceRef=\"c\"", "sourceRef=\"a\""))).isEmpty();
  }

  static List<String> problems(String name, String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    Map<String, String[]> ends = new HashMap<>();
    NodeList flows = document.getElementsByTagNameNS(BPMN, "sequenceFlow");
    for (int i = 0; i < flows.getLength(); i++) {
      Element flow = (Element) flows.item(i);
      ends.put(flow.getAttribute("id"), new String[] {flow.getAttribute("sourceRef"), flow.getAttribute("targetRef")});
    }
    List<String> problems = new ArrayList<>();
    NodeList planes = document.getElementsByTagNameNS(DI, "BPMNPlane");
    for (int p = 0; p < planes.getLength(); p++) {
      Element plane = (Element) planes.item(p);
      String where = name + " (" + plane.getAttribute("bpmnElement") + ")";
      if (p == 0) {
        NodeList bounds = plane.getElementsByTagNameNS(DC, "Bounds");
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (int b = 0; b < bounds.getLength(); b++) {
          Element bound = (Element) bounds.item(b);
          double x = Double.parseDouble(bound.getAttribute("x"));
          min = Math.min(min, x);
          max = Math.max(max, x + Double.parseDouble(bound.getAttribute("width")));
        }
        if (bounds.getLength() > 0 && max - min > MAX_WIDTH) {
          problems.add(where + " : " + Math.round(max - min) + " px de large, plus de " + MAX_WIDTH);
        }
      }
      List<String> ids = new ArrayList<>();
      List<List<double[]>> lines = new ArrayList<>();
      NodeList edges = plane.getElementsByTagNameNS(DI, "BPMNEdge");
      for (int e = 0; e < edges.getLength(); e++) {
        Element edge = (Element) edges.item(e);
        List<double[]> points = new ArrayList<>();
        NodeList waypoints = edge.getElementsByTagNameNS(OMG_DI, "waypoint");
        for (int w = 0; w < waypoints.getLength(); w++) {
          Element point = (Element) waypoints.item(w);
          points.add(new double[] {Double.parseDouble(point.getAttribute("x")), Double.parseDouble(point.getAttribute("y"))});
        }
        ids.add(edge.getAttribute("bpmnElement"));
        lines.add(points);
      }
      for (int a = 0; a < ids.size(); a++) {
        for (int b = a + 1; b < ids.size(); b++) {
          String[] first = ends.getOrDefault(ids.get(a), new String[] {"?a", "?a"});
          String[] second = ends.getOrDefault(ids.get(b), new String[] {"?b", "?b"});
          if (first[0].equals(second[0]) || first[1].equals(second[1])) {
            continue; // same source or same target: they may share a stretch
          }
          if (touch(lines.get(a), lines.get(b), first, second)) {
            problems.add(where + " : " + ids.get(a) + " croise " + ids.get(b));
          }
        }
      }
    }
    return problems;
  }

  /** Whether two polylines meet anywhere, except at an end they share (a flow leaving where another arrives). */
  private static boolean touch(List<double[]> a, List<double[]> b, String[] ends, String[] otherEnds) {
    boolean chained = ends[1].equals(otherEnds[0]) || ends[0].equals(otherEnds[1]);
    for (int i = 0; i + 1 < a.size(); i++) {
      for (int j = 0; j + 1 < b.size(); j++) {
        if (meet(a.get(i), a.get(i + 1), b.get(j), b.get(j + 1))) {
          boolean atSharedEnd = chained && (i == 0 || i + 2 == a.size()) && (j == 0 || j + 2 == b.size())
              && (same(a.get(0), b.get(b.size() - 1)) || same(a.get(a.size() - 1), b.get(0)));
          if (!atSharedEnd) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean same(double[] p, double[] q) {
    return Math.abs(p[0] - q[0]) < 0.5 && Math.abs(p[1] - q[1]) < 0.5;
  }

  private static boolean meet(double[] p1, double[] p2, double[] q1, double[] q2) {
    double d1 = cross(q1, q2, p1);
    double d2 = cross(q1, q2, p2);
    double d3 = cross(p1, p2, q1);
    double d4 = cross(p1, p2, q2);
    if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) {
      return true;
    }
    return (d1 == 0 && on(q1, q2, p1)) || (d2 == 0 && on(q1, q2, p2)) || (d3 == 0 && on(p1, p2, q1))
        || (d4 == 0 && on(p1, p2, q2));
  }

  private static double cross(double[] o, double[] a, double[] b) {
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  }

  private static boolean on(double[] a, double[] b, double[] p) {
    return Math.min(a[0], b[0]) <= p[0] && p[0] <= Math.max(a[0], b[0]) && Math.min(a[1], b[1]) <= p[1]
        && p[1] <= Math.max(a[1], b[1]);
  }
}
