import sys
from bpmn_layout import Diagram, HEADER

def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")

def stage_listener(stage, method="enter", event="start"):
    return f'<camunda:executionListener event="{event}" expression="${{projectStage.{method}(execution, \'{stage}\')}}" />'

def ext(*items):
    items = [i for i in items if i]
    if not items:
        return ""
    return "<bpmn:extensionElements>" + "".join(items) + "</bpmn:extensionElements>"

def doc(text):
    return f"<bpmn:documentation>{esc(text)}</bpmn:documentation>" if text else ""

def user_task(id, name, form, check, group=None, assignee=None, decision=None, stage=None, due=False, documentation=None,
              more=()):
    attrs = f' id="{id}" name="{esc(name)}"'
    if group:
        attrs += f' camunda:candidateGroups="{group}"'
    if assignee:
        attrs += f' camunda:assignee="{assignee}"'
    if due:
        attrs += ' camunda:dueDate="${approvalDueDate}"'
    attrs += f' camunda:formRef="{form}" camunda:formRefBinding="latest"'
    listeners = [stage_listener(stage) if stage else None,
                 '<camunda:executionListener event="end" delegateExpression="${validateLifecycleFormListener}" />']
    if decision:
        listeners.append(f'<camunda:executionListener event="end" expression="${{projectDecisions.record(execution, \'{decision}\')}}" />')
    listeners += list(more)
    return f'<bpmn:userTask{attrs}>{doc(documentation)}{ext(*listeners)}</bpmn:userTask>'

def service(id, name, delegate, stage=None, documentation=None):
    return (f'<bpmn:serviceTask id="{id}" name="{esc(name)}" camunda:delegateExpression="${{{delegate}}}">'
            f'{doc(documentation)}{ext(stage_listener(stage) if stage else None)}</bpmn:serviceTask>')

def gateway(id, name, kind="exclusive", default=None, stage=None):
    d = f' default="{default}"' if default else ""
    return f'<bpmn:{kind}Gateway id="{id}" name="{esc(name)}"{d}>{ext(stage_listener(stage) if stage else None)}</bpmn:{kind}Gateway>'

def end(id, name, listeners=()):
    return f'<bpmn:endEvent id="{id}" name="{esc(name)}">{ext(*listeners)}</bpmn:endEvent>'

def start(id, name=""):
    return f'<bpmn:startEvent id="{id}" name="{esc(name)}" />'

def flow(id, src, tgt, name=None, cond=None):
    n = f' name="{esc(name)}"' if name else ""
    body = f'<bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">{esc(cond)}</bpmn:conditionExpression>' if cond else ""
    return f'<bpmn:sequenceFlow id="{id}"{n} sourceRef="{src}" targetRef="{tgt}">{body}</bpmn:sequenceFlow>' if body else \
        f'<bpmn:sequenceFlow id="{id}"{n} sourceRef="{src}" targetRef="{tgt}" />'

def timer_boundary(id, name, host, kind, expr, interrupting=False):
    ci = "" if interrupting else ' cancelActivity="false"'
    return (f'<bpmn:boundaryEvent id="{id}" name="{esc(name)}" attachedToRef="{host}"{ci}>'
            f'<bpmn:timerEventDefinition id="{id}_Timer"><bpmn:{kind} xsi:type="bpmn:tFormalExpression">{esc(expr)}</bpmn:{kind}>'
            f'</bpmn:timerEventDefinition></bpmn:boundaryEvent>')

