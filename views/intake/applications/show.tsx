/** The task list of a draft (GOV.UK "task list" pattern): each task with its status. */
import { Tag, type TagColour } from '../../components/tag.tsx'
import { StepFrame } from '../_frame.tsx'

/** One task; `href` is absent when it cannot be started yet or does not apply. */
export interface TaskItem {
  readonly id: string
  readonly text: string
  readonly href?: string | undefined
  readonly hint?: string | undefined
  readonly status: string
  readonly colour: TagColour
}

/** Props of TaskListPage; strings already translated. */
export interface TaskListPageProps {
  readonly caption: string
  readonly title: string
  readonly errorTitle: string
  readonly lead: string
  readonly saved: string
  readonly notice?: string | undefined
  readonly tasks: readonly TaskItem[]
  readonly back: { href: string; text: string }
}

/** Renders the task list. */
export function TaskListPage(p: TaskListPageProps) {
  return (
    <StepFrame
      back={p.back}
      caption={p.caption}
      title={p.title}
      errorTitle={p.errorTitle}
      errors={[]}
    >
      <p>{p.lead}</p>
      <p class='muted body-s'>{p.saved}</p>
      {p.notice ? <p class='warning'>{p.notice}</p> : null}
      <ul class='task-list'>
        {p.tasks.map((task) => (
          <li class='task-list__item'>
            <span class='task-list__name'>
              {task.href
                ? <a href={task.href} aria-describedby={`${task.id}-status`}>{task.text}</a>
                : task.text}
              {task.hint ? <span class='hint task-list__hint'>{task.hint}</span> : null}
            </span>
            <span class='task-list__status' id={`${task.id}-status`}>
              <Tag text={task.status} colour={task.colour} />
            </span>
          </li>
        ))}
      </ul>
    </StepFrame>
  )
}
