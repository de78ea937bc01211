import { BellOutlined } from '@ant-design/icons';
import { Badge, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths } from '../../../app/paths.ts';
import { useTodos } from '../api/get-todos.ts';

/** The header's count of waiting work; opens the overview, where the to-do list is. */
export function TodoCount() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const total = useTodos().data?.total ?? 0;
  const label = total > 0 ? t('todos.count', { count: total }) : t('todos.noneShort');
  return (
    <Button type="text" aria-label={label} title={label} onClick={() => navigate(`${paths.home.getHref()}#todos`)}>
      <Badge count={total} size="small" overflowCount={99}>
        <BellOutlined aria-hidden style={{ fontSize: 18 }} />
      </Badge>
    </Button>
  );
}
