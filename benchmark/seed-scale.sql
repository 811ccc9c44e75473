-- Scale seed (issue 15, point 3), run by benchmark/scale on a copy of a Pilotage database:
-- 100 000 open user tasks (one process instance each: 10 % project-lifecycle, the rest technology-watch),
-- their candidate groups, the task grants Pilotage writes, the two variable columns of the
-- Tasklist filters, 10 000 projects with decisions, watch items and publication requests of many users.
-- Rows are shaped like the engine's own; they are for EXPLAIN and read timings, not for completion.
\set tasks 100000
\set projects 10000
begin;
create temporary table seed_def as
  select (select id_ from act_re_procdef where key_ = 'project-lifecycle' order by version_ desc limit 1) as project_def,
         (select id_ from act_re_procdef where key_ = 'technology-watch' order by version_ desc limit 1) as other_def;

insert into act_ru_execution (id_, rev_, root_proc_inst_id_, proc_inst_id_, business_key_, proc_def_id_, act_id_,
    is_active_, is_concurrent_, is_scope_, is_event_scope_, suspension_state_, cached_ent_state_, sequence_counter_, proc_def_key_)
select 'seed-pi-' || i, 1, 'seed-pi-' || i, 'seed-pi-' || i, 'PRJ-2026-' || lpad(i::text, 6, '0'),
       case when i % 10 = 0 then d.project_def else d.other_def end, 'Task_Seed', true, false, true, false, 1, 0, 1,
       case when i % 10 = 0 then 'project-lifecycle' else 'technology-watch' end
from generate_series(1, :tasks) i, seed_def d;

insert into act_ru_task (id_, rev_, execution_id_, proc_inst_id_, proc_def_id_, name_, task_def_key_, assignee_, priority_,
    create_time_, due_date_, suspension_state_, task_state_, last_updated_)
select 'seed-task-' || i, 1, 'seed-pi-' || i, 'seed-pi-' || i, e.proc_def_id_, 'Étape ' || (i % 7), 'Task_Seed',
       case when i % 20 = 0 then 'cdp' when i % 20 = 1 then 'agent' || (i % 300) else null end, 50,
       now() - (i || ' minutes')::interval,
       case when i % 5 = 0 then null else now() + (((i % 90) - 30) || ' days')::interval end, 1, 'Created', now()
from generate_series(1, :tasks) i join act_ru_execution e on e.id_ = 'seed-pi-' || i;

-- candidate group: 1 task in 4 for chefs-de-projet, the others spread over 40 teams
insert into act_ru_identitylink (id_, rev_, group_id_, type_, task_id_)
select 'seed-il-' || i, 1, case when i % 4 = 0 then 'chefs-de-projet' else 'equipe-' || (i % 40) end, 'candidate', 'seed-task-' || i
from generate_series(1, :tasks) i;

-- the grant Pilotage gives a candidate group on its task (READ, TASK_WORK…), as the engine writes it
insert into act_ru_authorization (id_, rev_, type_, group_id_, resource_type_, resource_id_, perms_, root_proc_inst_id_)
select 'seed-auth-' || i, 1, 1, case when i % 4 = 0 then 'chefs-de-projet' else 'equipe-' || (i % 40) end, 7,
       'seed-task-' || i, 49154, 'seed-pi-' || i
from generate_series(1, :tasks) i;

insert into act_ru_variable (id_, rev_, type_, name_, execution_id_, proc_inst_id_, proc_def_id_, text_, var_scope_,
    sequence_counter_, is_concurrent_local_)
select 'seed-var-' || n || '-' || i, 1, 'string', n, 'seed-pi-' || i, 'seed-pi-' || i, e.proc_def_id_,
       case when n = 'projectKey' then e.business_key_ else 'Projet de démonstration n° ' || i end, 'seed-pi-' || i, 1, false
from generate_series(1, :tasks) i join act_ru_execution e on e.id_ = 'seed-pi-' || i, unnest(array['projectKey', 'projectTitle']) n;

insert into project (business_key, process_instance_id, title, objective, direction, project_type, status, estimated_budget,
    created_at, requester, project_manager, current_stage)
select 'PRJ-2026-' || lpad(i::text, 6, '0'), 'seed-pi-' || (i * 10), 'Projet de démonstration n° ' || i, 'Objectif',
       (array['DSI', 'DAF', 'DRH', 'DEFIJ'])[1 + i % 4], 'APPLICATION', 'IN_PROGRESS', 1000000 + i,
       now() - (i || ' hours')::interval, 'demandeur' || (i % 500), 'cdp' || (i % 100), 'ANALYSIS'
from generate_series(1, :projects) i;

insert into project_decision (business_key, stage, kind, decision, decided_by, decided_at)
select 'PRJ-2026-' || lpad((1 + i % :projects)::text, 6, '0'), 'ANALYSIS', 'MOA_VALIDATION', 'APPROVE',
       'moa' || (i % 200), now() - (i || ' minutes')::interval
from generate_series(1, 3 * :projects) i;

insert into watch_item (process_instance_id, title, summary, source_url, domain, relevance, submitted_at, submitted_by)
select 'seed-watch-' || i, 'Veille ' || i, 'Résumé', 'https://example.nc/' || i, 'NUMERIQUE', 'HIGH',
       now() - (i || ' minutes')::interval, 'demandeur' || (i % 500)
from generate_series(1, :projects) i;

insert into publication_request (process_instance_id, title, body, channels, audience, engages_policy, desired_date,
    requested_at, status, requested_by)
select 'seed-pub-' || i, 'Publication ' || i, 'Texte', 'INTRANET', 'AGENTS', false, current_date + 10,
       now() - (i || ' minutes')::interval, 'REVIEW', 'demandeur' || (i % 500)
from generate_series(1, :projects) i;
commit;
analyze;
