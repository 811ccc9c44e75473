package nc.provincenord.pilotage.modeling;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * Writes the diagram (BPMN DI) of a model from its semantic part and a layout file
 * {@code processes/layout/<model>.layout}, deterministically: the same model and layout give the same
 * diagram. Run it after changing a model's elements (or merging a branch that does):
 * {@code ./mvnw -q test -Dtest=DiagramLayoutTest -Dlayout.write=project-lifecycle} (or this main from
 * the IDE, in the repository's directory); a missing element is named, with the line to add.
 *
 * <p>Layout file, one statement per line ({@code #} starts a comment):
 * <ul>
 *   <li>{@code plane <process or sub-process id>}: the diagram the next lines lay out; a sub-process
 *       with a plane of its own is drawn collapsed in its parent (Cockpit and Modeler drill down);</li>
 *   <li>{@code <element id> <column> <y>}: the element centred in its column, at y pixels;</li>
 *   <li>{@code <boundary event id> on <host id> <T|B> <fraction>}: on the host's top or bottom edge;</li>
 *   <li>{@code flow <flow id> <exit side> <entry side> [y<px>|x<px>]…}: the sides (L, R, T, B) and the
 *       lanes an orthogonal flow goes through (alternately vertical then horizontal moves); a flow not
 *       listed leaves right and enters left.</li>
 * </ul>
 */
public final class DiagramLayout {

  static final int GAP = 45;
  static final int MARGIN = 40;
  private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  private static final Set<String> EVENTS = Set.of("startEvent", "endEvent", "boundaryEvent", "intermediateCatchEvent",
      "intermediateThrowEvent");
  private static final Set<String> FLOW_NODES = Set.of("startEvent", "endEvent", "boundaryEvent", "intermediateCatchEvent",
      "intermediateThrowEvent", "task", "userTask", "serviceTask", "businessRuleTask", "callActivity", "sendTask",
      "receiveTask", "manualTask", "scriptTask", "subProcess", "exclusiveGateway", "inclusiveGateway",
      "parallelGateway", "eventBasedGateway", "complexGateway");

  private DiagramLayout() {
  }

  public static void main(String[] args) throws Exception {
    for (String name : args) {
      Path model = Path.of("processes", name + ".bpmn");
      Files.writeString(model, layOut(Files.readString(model), Files.readString(Path.of("processes", "layout", name + ".layout"))));
      System.out.println("Diagramme réécrit : " + model);
    }
  }

  /** The model with its diagram rewritten from the layout. */
  static String layOut(String model, String layout) throws Exception {
    Document document = parse(model);
    Map<String, Element> elements = new LinkedHashMap<>();
    collect(document.getDocumentElement(), elements);
    StringBuilder diagram = new StringBuilder();
    Set<String> planes = new java.util.LinkedHashSet<>();
    for (String line : layout.split("\n")) {
      String[] words = line.replaceAll("#.*", "").trim().split("\\s+");
      if (words.length == 2 && "plane".equals(words[0])) {
        planes.add(words[1]);
      }
    }
    for (Plane plane : Plane.read(layout)) {
      diagram.append(plane.render(elements.get(plane.id), elements, planes));
    }
    int start = model.indexOf("<bpmndi:BPMNDiagram");
    int end = model.lastIndexOf("</bpmn:definitions>");
    if (start < 0) {
      start = end;
    }
    return model.substring(0, start) + diagram.toString().stripLeading() + model.substring(end);
  }

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
  }

  private static void collect(Element element, Map<String, Element> into) {
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element e && BPMN.equals(e.getNamespaceURI())) {
        if (!e.getAttribute("id").isEmpty()) {
          into.put(e.getAttribute("id"), e);
        }
        collect(e, into);
      }
    }
  }

  static int[] size(String tag) {
    if (EVENTS.contains(tag)) {
      return new int[] {36, 36};
    }
    return tag.endsWith("Gateway") ? new int[] {50, 50} : new int[] {100, 80};
  }

  private record Position(String id, int column, int y, String host, String side, double fraction) {
  }

  private record Route(String id, String exit, String entry, List<String> lanes) {
  }

  private static final class Plane {
    final String id;
    final Map<String, Position> positions = new LinkedHashMap<>();
    final Map<String, Route> routes = new LinkedHashMap<>();

    Plane(String id) {
      this.id = id;
    }

    static List<Plane> read(String layout) {
      List<Plane> planes = new ArrayList<>();
      Plane current = null;
      for (String line : layout.split("\n")) {
        String[] w = line.replaceAll("#.*", "").trim().split("\\s+");
        if (w.length == 0 || w[0].isEmpty()) {
          continue;
        }
        if ("plane".equals(w[0])) {
          current = new Plane(w[1]);
          planes.add(current);
        } else if ("flow".equals(w[0])) {
          current.routes.put(w[1], new Route(w[1], w[2], w[3], List.of(w).subList(4, w.length)));
        } else if (w.length == 5 && "on".equals(w[1])) {
          current.positions.put(w[0], new Position(w[0], -1, 0, w[2], w[3], Double.parseDouble(w[4])));
        } else {
          current.positions.put(w[0], new Position(w[0], Integer.parseInt(w[1]), Integer.parseInt(w[2]), null, null, 0));
        }
      }
      return planes;
    }

    String render(Element scope, Map<String, Element> elements, Set<String> planes) {
      if (scope == null) {
        throw new IllegalArgumentException("plan « " + id + " » : aucun processus ni sous-processus de cet identifiant");
      }
      List<Element> nodes = new ArrayList<>();
      List<Element> flows = new ArrayList<>();
      for (Node child = scope.getFirstChild(); child != null; child = child.getNextSibling()) {
        if (child instanceof Element e && BPMN.equals(e.getNamespaceURI())) {
          if (FLOW_NODES.contains(e.getLocalName())) {
            nodes.add(e);
          } else if ("sequenceFlow".equals(e.getLocalName())) {
            flows.add(e);
          }
        }
      }
      List<String> missing = nodes.stream().map(e -> e.getAttribute("id")).filter(n -> !positions.containsKey(n)).toList();
      if (!missing.isEmpty()) {
        throw new IllegalArgumentException("plan « " + id + " » : placer " + missing
            + " (ligne « <id> <colonne> <y> » ou « <id> on <hôte> B 0.5 »)");
      }
      // columns: width of the widest element, then the gap
      Map<Integer, Integer> widths = new TreeMap<>();
      for (Position p : positions.values()) {
        if (p.host == null) {
          widths.merge(p.column, size(elements.get(p.id).getLocalName())[0], Math::max);
        }
      }
      Map<Integer, Integer> columnX = new TreeMap<>();
      int x = 0;
      for (int column = 0; column <= widths.keySet().stream().max(Integer::compare).orElse(0); column++) {
        columnX.put(column, x + widths.getOrDefault(column, 0) / 2);
        x += widths.getOrDefault(column, 0) + (widths.containsKey(column) ? GAP : 0);
      }
      Map<String, int[]> bounds = new LinkedHashMap<>();
      for (Position p : positions.values()) {
        if (p.host == null) {
          int[] s = size(elements.get(p.id).getLocalName());
          bounds.put(p.id, new int[] {columnX.get(p.column) - s[0] / 2, p.y - s[1] / 2, s[0], s[1]});
        }
      }
      for (Position p : positions.values()) {
        if (p.host != null) {
          int[] h = bounds.get(p.host);
          int cx = (int) Math.round(h[0] + h[2] * p.fraction);
          int cy = "T".equals(p.side) ? h[1] : h[1] + h[3];
          bounds.put(p.id, new int[] {cx - 18, cy - 18, 36, 36});
        }
      }
      Map<String, List<int[]>> waypoints = new LinkedHashMap<>();
      for (Element flow : flows) {
        String flowId = flow.getAttribute("id");
        Route route = routes.getOrDefault(flowId, new Route(flowId, "R", "L", List.of()));
        waypoints.put(flowId, route(bounds.get(flow.getAttribute("sourceRef")), bounds.get(flow.getAttribute("targetRef")), route));
      }
      // translate so that everything starts at the margin
      int minX = Integer.MAX_VALUE;
      int minY = Integer.MAX_VALUE;
      for (int[] b : bounds.values()) {
        minX = Math.min(minX, b[0]);
        minY = Math.min(minY, b[1]);
      }
      for (List<int[]> points : waypoints.values()) {
        for (int[] p : points) {
          minX = Math.min(minX, p[0]);
          minY = Math.min(minY, p[1]);
        }
      }
      int dx = MARGIN - minX;
      int dy = MARGIN - minY;
      StringBuilder out = new StringBuilder();
      out.append("  <bpmndi:BPMNDiagram id=\"Diagram_").append(id).append("\">\n");
      out.append("    <bpmndi:BPMNPlane id=\"Plane_").append(id).append("\" bpmnElement=\"").append(id).append("\">\n");
      for (Element node : nodes) {
        String nodeId = node.getAttribute("id");
        int[] b = bounds.get(nodeId);
        out.append("      <bpmndi:BPMNShape id=\"").append(nodeId).append("_di\" bpmnElement=\"").append(nodeId).append('"');
        if ("subProcess".equals(node.getLocalName())) {
          out.append(" isExpanded=\"false\"");
        }
        if ("exclusiveGateway".equals(node.getLocalName())) {
          out.append(" isMarkerVisible=\"true\"");
        }
        out.append(">\n        <dc:Bounds x=\"").append(b[0] + dx).append("\" y=\"").append(b[1] + dy)
            .append("\" width=\"").append(b[2]).append("\" height=\"").append(b[3]).append("\" />\n")
            .append("      </bpmndi:BPMNShape>\n");
        if ("subProcess".equals(node.getLocalName()) && !planes.contains(nodeId)) {
          throw new IllegalArgumentException("sous-processus « " + nodeId + " » : ajouter son plan (plane " + nodeId + ")");
        }
      }
      for (Map.Entry<String, List<int[]>> edge : waypoints.entrySet()) {
        out.append("      <bpmndi:BPMNEdge id=\"").append(edge.getKey()).append("_di\" bpmnElement=\"").append(edge.getKey()).append("\">\n");
        for (int[] p : edge.getValue()) {
          out.append("        <di:waypoint x=\"").append(p[0] + dx).append("\" y=\"").append(p[1] + dy).append("\" />\n");
        }
        out.append("      </bpmndi:BPMNEdge>\n");
      }
      out.append("    </bpmndi:BPMNPlane>\n  </bpmndi:BPMNDiagram>\n");
      return out.toString();
    }
  }

  private static int[] port(int[] b, String side) {
    return switch (side) {
      case "L" -> new int[] {b[0], b[1] + b[3] / 2};
      case "R" -> new int[] {b[0] + b[2], b[1] + b[3] / 2};
      case "T" -> new int[] {b[0] + b[2] / 2, b[1]};
      case "B" -> new int[] {b[0] + b[2] / 2, b[1] + b[3]};
      default -> throw new IllegalArgumentException("côté « " + side + " » : L, R, T ou B");
    };
  }

  /** An orthogonal route: out of the exit side, through the lanes, into the entry side. */
  static List<int[]> route(int[] source, int[] target, Route route) {
    int[] from = port(source, route.exit);
    int[] to = port(target, route.entry);
    List<int[]> points = new ArrayList<>();
    points.add(from);
    boolean vertical = "T".equals(route.exit) || "B".equals(route.exit);
    int[] at = from;
    for (String lane : route.lanes) {
      int value = Integer.parseInt(lane.substring(1));
      at = lane.startsWith("y") ? new int[] {at[0], value} : new int[] {value, at[1]};
      points.add(at);
      vertical = !lane.startsWith("y");
    }
    boolean entryVertical = "T".equals(route.entry) || "B".equals(route.entry);
    if (at[0] != to[0] && at[1] != to[1]) {
      if (entryVertical) {
        points.add(new int[] {to[0], at[1]});
      } else if (route.lanes.isEmpty() && !vertical) {
        int middle = (at[0] + to[0]) / 2;
        points.add(new int[] {middle, at[1]});
        points.add(new int[] {middle, to[1]});
      } else {
        points.add(new int[] {at[0], to[1]});
      }
    }
    points.add(to);
    List<int[]> clean = new ArrayList<>();
    for (int[] p : points) {
      if (clean.isEmpty() || clean.get(clean.size() - 1)[0] != p[0] || clean.get(clean.size() - 1)[1] != p[1]) {
        clean.add(p);
      }
    }
    return clean;
  }

  static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }

  static String read(Path path) throws IOException {
    return new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
  }
}
