import { DeleteOutlined, FilePdfOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Image, Popconfirm, Typography, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../../../lib/api-client.ts';
import { useFormat } from '../../../../lib/format.ts';
import type { Exchange } from '../../api/cooperation-types.ts';
import { useDeleteExchangeFile } from '../../api/delete-exchange-file.ts';
import { exchangeFileUrl } from '../../api/get-exchange.ts';
import { useUploadExchangeFile } from '../../api/upload-exchange-file.ts';
import { FILE_ACCEPT, fileProblem, formatBytes } from '../../logic/file-check.ts';

/** Photos as thumbnails that open large, documents as downloads; those who may edit add and remove them. */
export function ExchangeFiles({ exchange }: { exchange: Exchange }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { message } = App.useApp();
  const upload = useUploadExchangeFile(exchange.id);
  const remove = useDeleteExchangeFile(exchange.id);
  const canEdit = exchange.permissions.canUpdate;
  const photos = exchange.files.filter((f) => f.kind === 'photo');
  const documents = exchange.files.filter((f) => f.kind === 'document');
  const removeButton = (fileId: string, name: string) =>
    canEdit && (
      <Popconfirm
        title={t('cooperation.files.removeConfirm', { name })}
        okText={t('common.remove')}
        cancelText={t('common.cancel')}
        onConfirm={() => remove.mutateAsync(fileId)}
      >
        <Button size="small" type="text" danger icon={<DeleteOutlined aria-hidden />} aria-label={t('cooperation.files.remove', { name })} />
      </Popconfirm>
    );

  return (
    <Card
      size="small"
      title={t('cooperation.exchanges.files')}
      extra={
        canEdit && (
          <Upload
            accept={FILE_ACCEPT}
            showUploadList={false}
            multiple
            beforeUpload={(file) => {
              const problem = fileProblem(file);
              if (problem) void message.error(t(`cooperation.files.problems.${problem}`, { name: file.name }));
              else upload.mutate(file, { onError: (err) => void message.error(`${file.name}: ${err.message}`) });
              return false;
            }}
          >
            <Button size="small" icon={<UploadOutlined aria-hidden />} loading={upload.isPending}>
              {t('cooperation.files.add')}
            </Button>
          </Upload>
        )
      }
    >
      {exchange.files.length === 0 && <Typography.Text type="secondary">{t('cooperation.files.none')}</Typography.Text>}
      {photos.length > 0 && (
        <Image.PreviewGroup>
          <Flex gap={8} wrap>
            {photos.map((f) => (
              <Flex key={f.id} vertical align="center" gap={2} style={{ width: 112 }}>
                <Image src={exchangeFileUrl(exchange.id, f.id)} alt={f.name} width={112} height={84} style={{ objectFit: 'cover', borderRadius: 4 }} />
                <Flex align="center" style={{ width: '100%' }}>
                  <Typography.Text ellipsis style={{ fontSize: 12, flex: 1 }} title={f.name}>
                    {f.name}
                  </Typography.Text>
                  {removeButton(f.id, f.name)}
                </Flex>
              </Flex>
            ))}
          </Flex>
        </Image.PreviewGroup>
      )}
      {documents.length > 0 && (
        <Flex vertical gap={4} style={{ marginTop: photos.length > 0 ? 12 : 0 }}>
          {documents.map((f) => (
            <Flex key={f.id} align="center" gap={8}>
              <FilePdfOutlined aria-hidden />
              <Typography.Link
                onClick={() =>
                  void api
                    .download(`/cooperation/exchanges/${encodeURIComponent(exchange.id)}/files/${encodeURIComponent(f.id)}`, {}, f.name)
                    .catch((err: Error) => message.error(err.message))
                }
                style={{ wordBreak: 'break-all' }}
              >
                {f.name}
              </Typography.Link>
              <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
                {formatBytes(f.sizeBytes, format.locale)}
              </Typography.Text>
              {removeButton(f.id, f.name)}
            </Flex>
          ))}
        </Flex>
      )}
    </Card>
  );
}
