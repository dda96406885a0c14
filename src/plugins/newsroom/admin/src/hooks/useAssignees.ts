import { useEffect, useState } from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { AssigneesResponse, AssigneeView } from '../../../shared/contracts/workflow';

/** Active admin users a story can be assigned to. */
export const useAssignees = (): AssigneeView[] => {
  const { get } = useFetchClient();
  const [assignees, setAssignees] = useState<AssigneeView[]>([]);
  useEffect(() => {
    let live = true;
    get<AssigneesResponse>('/newsroom/workflow/assignees').then(
      ({ data }) => live && setAssignees(data.data),
      () => live && setAssignees([])
    );
    return () => {
      live = false;
    };
  }, [get]);
  return assignees;
};
