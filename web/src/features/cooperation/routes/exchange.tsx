import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { App, Button, Col, Popconfirm, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { paths } from '../../../app/paths.ts';
import { ButtonLink } from '../../../components/button-link.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageSpinner, QueryError } from '../../../components/query-states.tsx';
import { useFormat } from '../../../lib/format.ts';
import { useDeleteExchange } from '../api/delete-exchange.ts';
import { useExchange } from '../api/get-exchange.ts';
import { ExchangeFacts } from '../components/exchanges/exchange-facts.tsx';
import { ExchangeFiles } from '../components/exchanges/exchange-files.tsx';

/** One exchange: what happened, with its photos and documents. */
export function ExchangeRoute() {
  const { t } = useTranslation();
  const format = useFormat();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { id } = useParams();
  const exchange = useExchange(id);
  const remove = useDeleteExchange();
  if (exchange.isPending) return <PageSpinner />;
  if (exchange.isError) return <QueryError error={exchange.error} onRetry={() => void exchange.refetch()} />;
  const e = exchange.data;
  return (
    <>
      <PageHeader
        title={e.title}
        subtitle={`${format.date(e.occurredOn)} · ${t(`cooperation.exchangeKinds.${e.kind}`)}`}
        backTo={paths.cooperation.exchanges.getHref()}
        extra={
          <>
            {e.permissions.canUpdate && (
              <ButtonLink icon={<EditOutlined aria-hidden />} to={paths.cooperation.editExchange.getHref(e.id)}>
                {t('common.edit')}
              </ButtonLink>
            )}
            {e.permissions.canDelete && (
              <Popconfirm
                title={t('cooperation.exchanges.deleteConfirm')}
                okText={t('cooperation.exchanges.delete')}
                okButtonProps={{ danger: true }}
                cancelText={t('common.cancel')}
                onConfirm={async () => {
                  await remove.mutateAsync(e.id).then(
                    async () => {
                      void message.success(t('cooperation.exchanges.deleted'));
                      await navigate(paths.cooperation.exchanges.getHref());
                    },
                    (err: Error) => void message.error(err.message),
                  );
                }}
              >
                <Button danger icon={<DeleteOutlined aria-hidden />}>
                  {t('cooperation.exchanges.delete')}
                </Button>
              </Popconfirm>
            )}
          </>
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <ExchangeFacts exchange={e} />
        </Col>
        <Col xs={24} lg={10}>
          <ExchangeFiles exchange={e} />
        </Col>
      </Row>
    </>
  );
}
