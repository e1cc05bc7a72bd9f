import { PageState } from '../../components/PageState';

export function NoActivePlan() {
  return (
    <PageState kind="empty" title="No strategic plan has been published yet">
      <p>
        When the city publishes its strategic plan, its vision, goals and objectives will appear
        here.
      </p>
    </PageState>
  );
}
