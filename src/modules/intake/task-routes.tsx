/** The task list of a draft: `GET …/applications/:id`. */
import type { Hono } from 'hono'
import { type TaskItem, TaskListPage } from '../../../views/intake/applications/show.tsx'
import type { TagColour } from '../../../views/components/tag.tsx'
import type { AppEnv } from '../../http/env.ts'
import { removalNotice } from './cabinet.ts'
import { basePath, ID, type IntakeRouteDeps, type Mode } from './http.ts'
import { type Task, tasks, type TaskState, taskStates } from './readiness.ts'
import { formatDate, formatDateTime } from './receipt.ts'
import { withDraft } from './route-kit.ts'

const COLOUR: Record<TaskState, TagColour> = {
  completed: 'green',
  incomplete: 'blue',
  notApplicable: 'grey',
  cannotStart: 'grey',
}

const PATH: Record<Task, string> = {
  applicant: 'applicant',
  representative: 'representative',
  particulars: 'particulars',
  documents: 'documents',
  qualification: 'qualification',
  fee: 'fee',
  send: 'check',
}

/** Registers the task list page. */
export function taskPages(app: Hono<AppEnv>, deps: IntakeRouteDeps, mode: Mode): void {
  app.get(`/${ID}`, (c) =>
    withDraft(deps, c, mode, (f) => {
      const { t, lang } = c.var
      const states = taskStates(f)
      const base = `${basePath(lang, mode)}/${f.row.id}`
      const items: TaskItem[] = tasks
        .filter((task) => states[task] !== 'notApplicable' || task !== 'representative')
        .map((task) => ({
          id: `task-${task}`,
          text: t(`intake:tasks.${task}`),
          href: states[task] === 'notApplicable' || states[task] === 'cannotStart'
            ? undefined
            : `${base}/${PATH[task]}`,
          status: t(`intake:taskStates.${states[task]}`),
          colour: COLOUR[states[task]],
        }))
      const removal = removalNotice(deps, f.row.last_saved_at)
      return c.render(
        <TaskListPage
          caption={f.ctx.regulation.name[lang]}
          title={f.ctx.sub.name[lang]}
          errorTitle={t('form.errorSummaryTitle')}
          lead={t(mode === 'portal' ? 'intake:tasks.lead' : 'intake:tasks.leadOffice')}
          saved={t('intake:tasks.saved', { at: formatDateTime(f.row.last_saved_at) })}
          notice={removal
            ? t('intake:cabinet.removalNotice', { date: formatDate(removal) })
            : undefined}
          tasks={items}
          back={mode === 'portal'
            ? { href: `/${lang}/cabinet`, text: t('intake:cabinet.back') }
            : { href: basePath(lang, mode), text: t('intake:office.back') }}
        />,
        { title: f.ctx.sub.name[lang] },
      )
    }))
}
