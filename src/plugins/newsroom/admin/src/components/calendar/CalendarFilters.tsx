import { Box, Flex, SingleSelect, SingleSelectOption } from '@strapi/design-system';
import type { CalendarData } from '../../../../shared/contracts/calendar';
import type { AssigneeView, Lang } from '../../../../shared/contracts/workflow';

export interface Filters {
  section?: string;
  topic?: string;
  assignee?: string;
  stage?: string;
}
export type FilterName = keyof Filters;

const ALL = 'all';

interface Props {
  data: CalendarData | undefined;
  assignees: AssigneeView[];
  lang: Lang;
  value: Filters;
  onChange: (next: Filters) => void;
  t: (key: string, defaultMessage: string) => string;
}

/** A name in the interface's language, else in any language it has. */
const nameIn = (names: Record<string, string> | undefined, lang: Lang) =>
  names?.[lang] ?? Object.values(names ?? {})[0] ?? '';

/** Section, topic, assignee and stage: each narrows the calendar's entries (the server filters). */
export function CalendarFilters({ data, assignees, lang, value, onChange, t }: Props) {
  const options: Record<FilterName, Array<{ value: string; label: string }>> = {
    section: Object.entries(data?.sections ?? {}).map(([id, names]) => ({ value: id, label: nameIn(names, lang) })),
    topic: Object.entries(data?.topics ?? {}).map(([id, names]) => ({ value: id, label: nameIn(names, lang) })),
    assignee: [
      { value: 'none', label: t('calendar.filter.nobody', 'Nobody') },
      ...assignees.map((user) => ({ value: user.id, label: user.name })),
    ],
    stage: Object.entries(data?.stages ?? {}).map(([id, label]) => ({ value: id, label: label[lang] })),
  };
  // A chosen topic stays listed after the entries that carried it are filtered away.
  const labels: Record<FilterName, string> = {
    section: t('calendar.filter.section', 'Section'),
    topic: t('calendar.filter.topic', 'Topic'),
    assignee: t('calendar.filter.assignee', 'Assignee'),
    stage: t('calendar.filter.stage', 'Stage'),
  };
  return (
    <Flex gap={3} wrap="wrap" data-newsroom-calendar-filters="">
      {(Object.keys(labels) as FilterName[]).map((name) => {
        const chosen = value[name];
        const list = options[name];
        const shown =
          chosen && !list.some((option) => option.value === chosen)
            ? [...list, { value: chosen, label: chosen }]
            : list;
        return (
          <Box key={name} minWidth="11rem">
            <SingleSelect
              size="S"
              aria-label={labels[name]}
              data-newsroom-filter={name}
              value={chosen ?? ALL}
              onChange={(picked: string | number) =>
                onChange({ ...value, [name]: String(picked) === ALL ? undefined : String(picked) })
              }
            >
              <SingleSelectOption value={ALL}>
                {labels[name]}: {t('calendar.filter.all', 'All')}
              </SingleSelectOption>
              {shown.map((option) => (
                <SingleSelectOption key={option.value} value={option.value}>
                  {option.label}
                </SingleSelectOption>
              ))}
            </SingleSelect>
          </Box>
        );
      })}
    </Flex>
  );
}
