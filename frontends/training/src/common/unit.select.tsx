import { useMemo } from 'react';
import { useQuery } from 'urql';
import { Flex, Select, Typography, unitName } from '@crm/ui-kit';
import { useTrainingTranslation } from '../training.i18n';
import { OrgUnitsQuery } from './unit.queries';

/**
 * The unit a team page looks at: '' is the caller's own unit (the whole scope, what the API takes
 * when no unit is given), or any unit below it, searchable by name.
 */
export function UnitSelect({ value, onChange, testId }: { value: string; onChange: (id: string) => void; testId?: string }) {
  const { t, i18n } = useTrainingTranslation();
  const lang = i18n.language;
  const [{ data }] = useQuery({ query: OrgUnitsQuery });
  const options = useMemo(() => {
    const mine = data?.myOrgUnit;
    return [
      { value: '', label: mine ? t('unitAll', { name: unitName(mine, lang) }) : '—' },
      ...(data?.orgUnits ?? [])
        .filter((u) => u.id !== mine?.id)
        .map((u) => ({ value: u.id, label: `${unitName(u, lang)} · ${t(`OrgLevel_${u.level}`)}` })),
    ];
  }, [data, t, lang]);
  return (
    <Flex gap={8} align="center">
      <Typography.Text type="secondary">{t('unit')}</Typography.Text>
      <Select
        size="small"
        showSearch={{ optionFilterProp: 'label' }}
        style={{ minWidth: 240 }}
        data-testid={testId}
        aria-label={t('unit')}
        value={value}
        onChange={onChange}
        options={options}
      />
    </Flex>
  );
}
