import { Alert, Anchor, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../lib/paths';
import { usePageTitle } from '../lib/use-page-title';

/** Shown instead of a page the signed-in account may not open ("keine Berechtigung"), never its data. */
export function ForbiddenPage() {
  const { t } = useTranslation();
  usePageTitle(t('forbidden.title'));
  return (
    <Stack>
      <Title order={1} tabIndex={-1}>
        {t('forbidden.title')}
      </Title>
      <Alert color="red" role="alert">
        {t('forbidden.body')}
      </Alert>
      <Anchor component={Link} to={paths.home()}>
        {t('notFound.back')}
      </Anchor>
    </Stack>
  );
}
