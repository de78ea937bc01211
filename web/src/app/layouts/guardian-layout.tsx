import { Layout } from 'antd';
import { Suspense } from 'react';
import { Outlet } from 'react-router';
import { Brand } from '../../components/brand.tsx';
import { PageSpinner } from '../../components/query-states.tsx';

/** Families use phones: one narrow column, big touch targets, nothing but their own pages. */
export function GuardianLayout() {
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', paddingInline: 16, borderBottom: '1px solid #e5e9f0' }}>
        <Brand compact />
      </Layout.Header>
      <Layout.Content style={{ padding: 16 }}>
        {/* Layout.Content already renders <main>: one landmark per page. */}
        <div style={{ maxWidth: 560, margin: '0 auto' }}>
          <Suspense fallback={<PageSpinner />}>
            <Outlet />
          </Suspense>
        </div>
      </Layout.Content>
    </Layout>
  );
}
