"""Small helper that wrote the first version of processes/project-lifecycle.bpmn and change-management.bpmn
with their diagram (DI). The BPMN files are the source of truth: edit them in Camunda Modeler."""
SIZES = {"task": (100, 80), "event": (36, 36), "gateway": (50, 50)}


class Diagram:
    def __init__(self, process_id):
        self.process_id = process_id
        self.shapes = {}  # id -> (x, y, w, h, extra)
        self.flows = []   # (id, src, tgt, waypoints)

    def place(self, element_id, kind, cx, cy, extra=""):
        w, h = SIZES[kind]
        self.shapes[element_id] = (cx - w / 2, cy - h / 2, w, h, extra)

    def box(self, element_id, x, y, w, h, extra=' isExpanded="true"'):
        self.shapes[element_id] = (x, y, w, h, extra)

    def centre(self, element_id):
        x, y, w, h, _ = self.shapes[element_id]
        return x + w / 2, y + h / 2

    def side(self, element_id, where):
        x, y, w, h, _ = self.shapes[element_id]
        cx, cy = x + w / 2, y + h / 2
        return {"l": (x, cy), "r": (x + w, cy), "t": (cx, y), "b": (cx, y + h)}[where]

    def route(self, flow_id, src, tgt, style="h", lane=None):
        s, t = self.centre(src), self.centre(tgt)
        if style == "h":
            a, b = self.side(src, "r"), self.side(tgt, "l")
            if abs(a[1] - b[1]) < 1:
                pts = [a, b]
            else:
                mx = (a[0] + b[0]) / 2
                pts = [a, (mx, a[1]), (mx, b[1]), b]
        elif style == "down":  # leave by the bottom, enter by the side
            a = self.side(src, "b")
            b = self.side(tgt, "l" if t[0] > s[0] else "r")
            pts = [a, (a[0], b[1]), b] if abs(a[0] - b[0]) > 1 else [a, self.side(tgt, "t")]
        elif style == "up":
            a = self.side(src, "t")
            b = self.side(tgt, "l" if t[0] > s[0] else "r")
            pts = [a, (a[0], b[1]), b] if abs(a[0] - b[0]) > 1 else [a, self.side(tgt, "b")]
        elif style == "vh":  # vertical straight line between centres' sides
            a = self.side(src, "b" if t[1] > s[1] else "t")
            b = self.side(tgt, "t" if t[1] > s[1] else "b")
            pts = [a, (a[0], b[1])] if abs(a[0] - b[0]) < 1 else [a, (a[0], (a[1] + b[1]) / 2), (b[0], (a[1] + b[1]) / 2), b]
        elif style == "over":  # loop above (lane < both) or below (lane > both)
            top = lane < s[1]
            a = self.side(src, "t" if top else "b")
            b = self.side(tgt, "t" if top else "b")
            pts = [a, (a[0], lane), (b[0], lane), b]
        elif style == "side-down":  # leave by the right side, then down to the target's top
            a = self.side(src, "r")
            b = self.side(tgt, "t")
            pts = [a, (b[0], a[1]), b]
        else:
            raise ValueError(style)
        self.flows.append((flow_id, pts))

    def xml(self):
        out = [f'  <bpmndi:BPMNDiagram id="Diagram_{self.process_id}">',
               f'    <bpmndi:BPMNPlane id="Plane_{self.process_id}" bpmnElement="{self.process_id}">']
        for element_id, (x, y, w, h, extra) in self.shapes.items():
            out.append(f'      <bpmndi:BPMNShape id="{element_id}_di" bpmnElement="{element_id}"{extra}>')
            out.append(f'        <dc:Bounds x="{x:.0f}" y="{y:.0f}" width="{w:.0f}" height="{h:.0f}" />')
            out.append('      </bpmndi:BPMNShape>')
        for flow_id, pts in self.flows:
            out.append(f'      <bpmndi:BPMNEdge id="{flow_id}_di" bpmnElement="{flow_id}">')
            out.append('        ' + "".join(f'<di:waypoint x="{x:.0f}" y="{y:.0f}" />' for x, y in pts))
            out.append('      </bpmndi:BPMNEdge>')
        out.append('    </bpmndi:BPMNPlane>')
        out.append('  </bpmndi:BPMNDiagram>')
        return "\n".join(out)


HEADER = '''<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                  xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
                  xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
                  xmlns:di="http://www.omg.org/spec/DD/20100524/DI"
                  xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                  id="Definitions_{name}"
                  targetNamespace="http://pilotage.province-nord.nc/bpmn"
                  exporter="Pilotage" exporterVersion="1.0">
'''
