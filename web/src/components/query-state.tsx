import { Center, Loader } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../lib/graphql-errors';
import { ErrorMessage } from './error-message';

interface QueryStateProps<T> {
  loading: boolean;
  error: unknown;
  data: T | null | undefined;
  children: (data: T) => ReactNode;
}

/** Loading, error and not-found states of a single-object page, said in plain words. */
export function QueryState<T>({ loading, error, data, children }: QueryStateProps<T>) {
  const { t } = useTranslation();
  if (data) return <>{children(data)}</>;
  if (loading) {
    return (
      <Center py="xl" role="status">
        <Loader role="status" aria-label={t('list.loading')} />
      </Center>
    );
  }
  if (error) return <ErrorMessage info={describeError(error)} />;
  return <ErrorMessage info={{ kind: 'not-found' }} />;
}
