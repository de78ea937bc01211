import { EditOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Form, Modal, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProfileTag } from '../../../../../../common/cooperation.ts';
import { useProfile } from '../../api/get-profile.ts';
import { useUpdateProfile } from '../../api/update-profile.ts';
import { profileTagLabel } from '../profile-tag-label.ts';
import { ProfileTagSelect } from './profile-tag-select.tsx';

/** The school's own strengths and needs, which the suggestions are matched against; its editors change them here. */
export function ProfileCard({ schoolId }: { schoolId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const profile = useProfile(schoolId);
  const update = useUpdateProfile(schoolId);
  const [editing, setEditing] = useState(false);
  const [form] = Form.useForm<{ strengths: ProfileTag[]; needs: ProfileTag[] }>();
  const p = profile.data;
  const tags = (list: readonly ProfileTag[], color: string) =>
    list.length === 0 ? (
      <Typography.Text type="secondary">—</Typography.Text>
    ) : (
      list.map((tag) => (
        <Tag key={tag} color={color} style={{ marginInlineEnd: 0 }}>
          {profileTagLabel(t, tag)}
        </Tag>
      ))
    );
  return (
    <Card
      size="small"
      title={t('cooperation.finder.profile')}
      loading={profile.isPending}
      extra={
        p?.canUpdate && (
          <Button size="small" icon={<EditOutlined aria-hidden />} onClick={() => setEditing(true)}>
            {t('common.edit')}
          </Button>
        )
      }
    >
      {p && (
        <Flex vertical gap={8}>
          <div>
            <Typography.Text type="secondary">{t('cooperation.finder.strengths')}</Typography.Text>
            <Flex gap={4} wrap style={{ marginTop: 4 }}>
              {tags(p.strengths, 'green')}
            </Flex>
          </div>
          <div>
            <Typography.Text type="secondary">{t('cooperation.finder.needs')}</Typography.Text>
            <Flex gap={4} wrap style={{ marginTop: 4 }}>
              {tags(p.needs, 'orange')}
            </Flex>
          </div>
        </Flex>
      )}
      <Modal
        open={editing}
        title={t('cooperation.finder.editProfile')}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        confirmLoading={update.isPending}
        destroyOnHidden
        onCancel={() => setEditing(false)}
        onOk={() =>
          void form.validateFields().then((values) =>
            update.mutateAsync({ strengths: values.strengths ?? [], needs: values.needs ?? [] }).then(
              () => {
                setEditing(false);
                void message.success(t('common.saved'));
              },
              (err: Error) => void message.error(err.message),
            ),
          )
        }
      >
        <Form form={form} layout="vertical" preserve={false} initialValues={{ strengths: p?.strengths ?? [], needs: p?.needs ?? [] }}>
          <Form.Item name="strengths" label={t('cooperation.finder.strengths')}>
            <ProfileTagSelect />
          </Form.Item>
          <Form.Item name="needs" label={t('cooperation.finder.needs')}>
            <ProfileTagSelect />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
