import { Col, Flex, Row } from 'antd';
import { useParams } from 'react-router';
import { paths } from '../../../app/paths.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageSpinner, QueryError } from '../../../components/query-states.tsx';
import { useEvent } from '../api/get-event.ts';
import { EventFacts } from '../components/event-facts.tsx';
import { EventKindTag, EventStatusTag } from '../components/event-tags.tsx';
import { OrganizerCard } from '../components/organizer-card.tsx';
import { RegistrationCard } from '../components/registration-card.tsx';

/** One event: the caller's registration, the organizer's steps, the facts and the agenda. */
export function EventRoute() {
  const { id } = useParams();
  const event = useEvent(id);
  if (event.isPending) return <PageSpinner />;
  if (event.isError) return <QueryError error={event.error} onRetry={() => void event.refetch()} />;
  const e = event.data;
  return (
    <>
      <PageHeader
        title={
          <Flex gap={8} wrap align="center">
            {e.title}
            <EventStatusTag status={e.status} />
          </Flex>
        }
        subtitle={<EventKindTag kind={e.kind} />}
        backTo={paths.events.root.getHref()}
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={9} style={{ order: 0 }}>
          <Flex vertical gap={16}>
            <RegistrationCard event={e} />
            <OrganizerCard event={e} />
          </Flex>
        </Col>
        <Col xs={24} lg={15}>
          <Flex vertical gap={16}>
            <EventFacts event={e} />
          </Flex>
        </Col>
      </Row>
    </>
  );
}
