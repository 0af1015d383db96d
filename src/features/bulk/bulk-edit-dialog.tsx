import '@mantine/core/styles/Alert.css';
import '@mantine/core/styles/Button.css';
import '@mantine/core/styles/Checkbox.css';
import '@mantine/core/styles/InlineInput.css';
import '@mantine/core/styles/Loader.css';
import '@mantine/core/styles/ModalBase.css';
import '@mantine/core/styles/Modal.css';
import '@mantine/core/styles/Overlay.css';
import '@mantine/core/styles/Radio.css';
import '@mantine/core/styles/Switch.css';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { createJob } from '../../api/bulk-api.ts';
import type { BulkEdit } from '../../api/schemas/bulk.ts';
import { agentQueries, lookupQueries, type BulkEditProps } from '../agents/public-api.ts';
import { BulkEditForm } from './bulk-edit-form.tsx';
import { bulkFormSchema, EMPTY_BULK_FORM, type BulkFormInput } from './bulk-form-schema.ts';
import { BulkPreview } from './bulk-preview.tsx';
import { jobKeys } from './job-queries.ts';
import { planPreview } from './plan-preview.ts';
import { rejectedFields } from './rejected-fields.ts';

const count = new Intl.NumberFormat('en');
const agents = (n: number) => `${count.format(n)} ${n === 1 ? 'agent' : 'agents'}`;

/** The bulk edit: the form, then a preview per agent, then the job. */
export function BulkEditDialog({ agentIds, onClose }: BulkEditProps) {
  const phone = useMediaQuery('(max-width: 40em)') ?? false;
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const list = useQuery(agentQueries.list());
  const actions = useQuery(lookupQueries.actions());
  const [edit, setEdit] = useState<BulkEdit | null>(null);
  const form = useForm<BulkFormInput, unknown, BulkEdit>({
    defaultValues: EMPTY_BULK_FORM,
    resolver: zodResolver(bulkFormSchema),
  });
  const { errors, isSubmitting } = form.formState;

  const preview = useMemo(
    () =>
      edit && list.data && (!edit.actions || actions.data)
        ? planPreview(
            agentIds,
            list.data,
            edit,
            (actions.data ?? []).map((action) => action.id),
          )
        : null,
    [edit, list.data, actions.data, agentIds],
  );
  const changing = preview?.filter((row) => !row.skipped).length ?? 0;

  const start = useMutation({
    mutationFn: (request: { agentIds: string[]; edit: BulkEdit }) => createJob(request),
    onSuccess: (job) => {
      queryClient.setQueryData(jobKeys.detail(job.id), job);
      void queryClient.invalidateQueries({ queryKey: jobKeys.list() });
      onClose();
      void navigate({ to: '/jobs/$jobId', params: { jobId: job.id } });
    },
    onError: (error) => {
      // The server refused the edit itself: show it where it belongs, on the form.
      const fields = rejectedFields(error);
      if (fields.length === 0) return;
      for (const [field, message] of fields) form.setError(field, { message });
      setEdit(null);
    },
  });

  const toPreview = form.handleSubmit((validated) => {
    if (agentIds.length === 0) {
      form.setError('root', { message: 'Select at least one agent in the list first.' });
    } else if (Object.keys(validated).length === 0) {
      form.setError('root', { message: 'Switch on at least one field to change.' });
    } else {
      start.reset();
      setEdit(validated);
    }
  });

  return (
    <Modal.Root opened onClose={onClose} size="xl" fullScreen={phone}>
      <Modal.Overlay />
      <Modal.Content>
        {/* A div, not Mantine's <header>: the page has its banner already. */}
        <Modal.Header component="div">
          <Modal.Title fw={700}>Bulk edit {agents(agentIds.length)}</Modal.Title>
          <Modal.CloseButton aria-label="Close the bulk edit" />
        </Modal.Header>
        <Modal.Body>
          {edit === null ? (
            <form onSubmit={(event) => void toPreview(event)} noValidate>
              <Stack>
                {(errors.root ?? start.error) && (
                  <Alert color="red" title="Not started" role="alert">
                    {errors.root?.message ?? start.error?.message}
                  </Alert>
                )}
                <BulkEditForm control={form.control} />
                <Group justify="flex-end">
                  <Button variant="default" onClick={onClose}>
                    Cancel
                  </Button>
                  <Button type="submit" loading={isSubmitting}>
                    Preview changes
                  </Button>
                </Group>
              </Stack>
            </form>
          ) : (
            <Stack>
              {preview === null ? (
                <Text role="status">Working out what changes…</Text>
              ) : (
                <>
                  <Text role="status">
                    {changing === 0
                      ? `Nothing would change on the ${agents(preview.length)} selected.`
                      : `${agents(changing)} will change; ${count.format(preview.length - changing)} skipped (nothing to change).`}
                  </Text>
                  <BulkPreview rows={preview} />
                </>
              )}
              {start.error && (
                <Alert color="red" title="The job did not start" role="alert">
                  {start.error.message}
                </Alert>
              )}
              <Group justify="flex-end">
                <Button variant="default" onClick={() => setEdit(null)}>
                  Back to the form
                </Button>
                <Button
                  disabled={changing === 0}
                  loading={start.isPending}
                  onClick={() => start.mutate({ agentIds, edit })}
                >
                  Start job
                </Button>
              </Group>
            </Stack>
          )}
        </Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
}
