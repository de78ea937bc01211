import { CheckCircleOutlined, RightOutlined } from '@ant-design/icons';
import { Badge, Card, Empty, List, Typography, theme } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { QueryError } from '../../../components/query-states.tsx';
import { useFormat } from '../../../lib/format.ts';
import { useTodos } from '../api/get-todos.ts';

/** 待办: each kind of waiting work with its count, how long the oldest has waited, and a link to where it is done. */
export function TodoList() {
  const { t } = useTranslation();
  const format = useFormat();
  const { token } = theme.useToken();
  const todos = useTodos();
  const card = useRef<HTMLDivElement>(null);
  const { hash } = useLocation();
  // The header's count links here (#todos): bring the list into view once it has loaded.
  const loaded = todos.isSuccess;
  useEffect(() => {
    if (hash === '#todos' && loaded) card.current?.scrollIntoView({ block: 'start' });
  }, [hash, loaded]);
  return (
    <Card id="todos" ref={card} title={<span id="todos-title">{t('todos.title')}</span>} size="small" loading={todos.isPending}>
      {todos.isError ? (
        <QueryError error={todos.error} />
      ) : todos.data && todos.data.items.length === 0 ? (
        <Empty image={<CheckCircleOutlined aria-hidden style={{ fontSize: 32, color: token.colorSuccess }} />} description={t('todos.none')} />
      ) : (
        <List
          aria-labelledby="todos-title"
          dataSource={todos.data?.items ?? []}
          renderItem={(item) => (
            <List.Item>
              <Link to={item.link} style={{ display: 'flex', alignItems: 'center', gap: 12, width: '100%', minWidth: 0 }}>
                <Badge count={item.count} overflowCount={999} style={{ backgroundColor: token.colorPrimary }} />
                <span style={{ flex: 1, minWidth: 0 }}>
                  <Typography.Text strong>{item.label}</Typography.Text>
                  {item.oldestAt && (
                    <Typography.Text type="secondary" style={{ display: 'block', fontSize: token.fontSizeSM }}>
                      {t('todos.oldest', { date: format.date(item.oldestAt) })}
                    </Typography.Text>
                  )}
                </span>
                <RightOutlined aria-hidden />
              </Link>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
