import sys
from bpmn_layout import Diagram, HEADER
from project_lifecycle_helpers import *

def cm_task(id, name, form, check, group=None, assignee=None, documentation=None):
    attrs = f' id="{id}" name="{esc(name)}"'
    if group:
        attrs += f' camunda:candidateGroups="{group}"'
    if assignee:
        attrs += f' camunda:assignee="{assignee}"'
    attrs += f' camunda:formRef="{form}" camunda:formRefBinding="latest"'
    return (f'<bpmn:userTask{attrs}>{doc(documentation)}'
            + ext('<camunda:executionListener event="end" delegateExpression="${validateLifecycleFormListener}" />')
            + '</bpmn:userTask>')

D = Diagram("change-management")
E, F = [], []
def fl(id, src, tgt, name=None, cond=None, style="h", lane=None):
    F.append(flow(id, src, tgt, name, cond)); D.route(id, src, tgt, style, lane)

Y = 200
E.append(start("Event_ChangeManagementStarted", "Conduite du changement demandée")); D.place("Event_ChangeManagementStarted", "event", 120, Y)
E.append(cm_task("Task_WriteCommunicationPlan", "Élaborer le plan de communication", "change-management-communication-plan",
                 "COMMUNICATION_PLAN", group="communication", documentation="Publics, messages clés et calendrier ; lien vers le plan."))
D.place("Task_WriteCommunicationPlan", "task", 240, Y)
fl("Flow_ToCommunicationPlan", "Event_ChangeManagementStarted", "Task_WriteCommunicationPlan")
E.append(cm_task("Task_RunTrainingSessions", "Organiser les sessions de formation", "change-management-training", "TRAINING",
                 assignee="${projectManager}", documentation="Sessions tenues et agents formés."))
D.place("Task_RunTrainingSessions", "task", 390, Y)
fl("Flow_ToTrainingSessions", "Task_WriteCommunicationPlan", "Task_RunTrainingSessions")
E.append(gateway("Gateway_AdoptionMerge", "")); D.place("Gateway_AdoptionMerge", "gateway", 510, Y, ' isMarkerVisible="true"')
fl("Flow_ToAdoptionMerge", "Task_RunTrainingSessions", "Gateway_AdoptionMerge")
E.append('<bpmn:intermediateCatchEvent id="Event_AdoptionCheckDue" name="Délai avant mesure écoulé">'
         '<bpmn:timerEventDefinition id="Event_AdoptionCheckDue_Timer"><bpmn:timeDuration xsi:type="bpmn:tFormalExpression">${adoptionCheckDelay}</bpmn:timeDuration>'
         '</bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>')
D.place("Event_AdoptionCheckDue", "event", 600, Y)
fl("Flow_ToAdoptionCheckDue", "Gateway_AdoptionMerge", "Event_AdoptionCheckDue")
E.append(cm_task("Task_CheckAdoption", "Mesurer l'adoption", "change-management-adoption-check", "ADOPTION_CHECK",
                 assignee="${projectManager}", documentation="Taux d'adoption constaté (%) et observations."))
D.place("Task_CheckAdoption", "task", 710, Y)
fl("Flow_ToCheckAdoption", "Event_AdoptionCheckDue", "Task_CheckAdoption")
E.append(service("Task_RecordAdoptionCheck", "Enregistrer la mesure d'adoption", "recordAdoptionCheckDelegate"))
D.place("Task_RecordAdoptionCheck", "task", 860, Y)
fl("Flow_ToRecordAdoptionCheck", "Task_CheckAdoption", "Task_RecordAdoptionCheck")
E.append(gateway("Gateway_AdoptionReached", "Seuil d'adoption atteint ?")); D.place("Gateway_AdoptionReached", "gateway", 990, Y, ' isMarkerVisible="true"')
fl("Flow_ToAdoptionReached", "Task_RecordAdoptionCheck", "Gateway_AdoptionReached")
E.append(end("Event_ChangeAdopted", "Changement adopté")); D.place("Event_ChangeAdopted", "event", 1100, Y)
fl("Flow_AdoptionReached", "Gateway_AdoptionReached", "Event_ChangeAdopted", "Oui", "${adoptionReached}")
E.append(cm_task("Task_RunSupportActions", "Mener des actions d'accompagnement", "change-management-support-actions", "SUPPORT_ACTIONS",
                 assignee="${projectManager}", documentation="Adoption sous le seuil : actions menées (ateliers, relais des référents, aide en ligne...)."))
D.place("Task_RunSupportActions", "task", 760, 360)
fl("Flow_AdoptionBelow", "Gateway_AdoptionReached", "Task_RunSupportActions", "Non", "${!adoptionReached}", style="down")
fl("Flow_BackToAdoptionCheck", "Task_RunSupportActions", "Gateway_AdoptionMerge", style="h")
D.flows[-1] = ("Flow_BackToAdoptionCheck", [D.side("Task_RunSupportActions", "l"), (510, 360), D.side("Gateway_AdoptionMerge", "b")])

xml = HEADER.format(name="ChangeManagement")
xml += ('  <bpmn:process id="change-management" name="Conduite du changement" isExecutable="true" '
        'camunda:historyTimeToLive="P1825D" camunda:isStartableInTasklist="false">\n')
xml += "    " + doc("Appelé par le cycle de vie d'un projet, en parallèle du déploiement : plan de communication, formations, mesure de l'adoption après un délai configurable, actions d'accompagnement et nouvelle mesure tant que l'adoption est sous le seuil.") + "\n"
for e in E + F:
    xml += "    " + e + "\n"
xml += "  </bpmn:process>\n" + D.xml() + "\n</bpmn:definitions>\n"
open(sys.argv[1], "w").write(xml)
