/**
 * The admin's departments: the live ones in a table, the archived ones below, and one task at a
 * time in a panel above them (add, edit, archive, restore). Edits are based on the version read
 * when the task opens.
 */
import type { Department } from '@civicstat/shared';
import { useDepartments } from '../../api/useDepartments';
import { useDepartmentWrite } from '../../api/useStructureChanges';
import { useArchivedRecords } from '../../api/useStructureRecords';
import { QueryState } from '../../components/QueryState';
import { usePageTitle } from '../../components/usePageTitle';
import { useTaskPanel } from '../../components/useTaskPanel';
import { TaskPanel } from '../../components/TaskPanel';
import { AdminNav } from '../admin/AdminNav';
import { ConfirmRecordAction } from './ConfirmRecordAction';
import { departmentForm } from './recordForms';
import { RecordEditor } from './RecordEditor';
import { StoredRecord } from './StoredRecord';
import './structure.css';

type Panel =
  { kind: 'create' } | { kind: 'edit' | 'archive' | 'restore'; id: number; name: string };

const ADD_BUTTON = 'add-department';
const buttonId = (id: number, action: 'edit' | 'archive' | 'restore') =>
  `department-${id}-${action}`;

export function DepartmentsPage() {
  usePageTitle('Departments');
  const departments = useDepartments();
  const archived = useArchivedRecords('department');
  const { panel, open, close, announcement } = useTaskPanel<Panel>();

  if (!departments.isSuccess) {
    return (
      <QueryState
        query={departments}
        loading="Loading the departments…"
        failed="The departments could not be loaded"
      />
    );
  }
  const live = [...departments.data.data].sort((a, b) => a.name.localeCompare(b.name));

  return (
    <>
      <AdminNav />
      <header className="page-header">
        <p className="eyebrow">Admin</p>
        <h1>Departments</h1>
        <p className="lede">
          The city’s departments, which own KPIs and which department heads answer for. Archiving a
          department takes it out of lists and roll-ups; it can be restored.
        </p>
      </header>
      <div className="toolbar">
        <button
          type="button"
          id={ADD_BUTTON}
          className="button"
          onClick={() => open({ kind: 'create' }, ADD_BUTTON)}
        >
          Add a department
        </button>
      </div>
      <p role="status" className={announcement ? 'status-note status-note--shown' : 'status-note'}>
        {announcement}
      </p>
      {panel && <DepartmentPanel key={panelKey(panel)} panel={panel} close={close} />}

      <div className="table-scroll">
        <table className="data-table">
          <caption>
            {live.length === 1 ? 'One department' : `${live.length} departments`}, by name
          </caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Code</th>
              <th scope="col">KPIs</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {live.map((department) => (
              <tr key={department.id}>
                <th scope="row">{department.name}</th>
                <td>{department.code}</td>
                <td>{department.kpiCount}</td>
                <td>
                  <div className="record-actions">
                    <button
                      type="button"
                      id={buttonId(department.id, 'edit')}
                      className="button button--small button--secondary"
                      onClick={() =>
                        open(
                          { kind: 'edit', id: department.id, name: department.name },
                          buttonId(department.id, 'edit'),
                        )
                      }
                    >
                      Edit<span className="visually-hidden"> {department.name}</span>
                    </button>
                    <button
                      type="button"
                      id={buttonId(department.id, 'archive')}
                      className="button button--small button--danger-outline"
                      onClick={() =>
                        open(
                          { kind: 'archive', id: department.id, name: department.name },
                          buttonId(department.id, 'archive'),
                        )
                      }
                    >
                      Archive<span className="visually-hidden"> {department.name}</span>
                    </button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <section aria-labelledby="archived-departments">
        <h2 id="archived-departments" tabIndex={-1}>
          Archived departments
        </h2>
        {archived.isPending && <p role="status">Looking for archived departments…</p>}
        {archived.isError && (
          <p role="alert" className="inline-error">
            The archived departments could not be loaded.
          </p>
        )}
        {archived.data?.length === 0 && <p>No department is archived.</p>}
        {archived.data && archived.data.length > 0 && (
          <ArchivedDepartments
            departments={archived.data}
            onRestore={(department) =>
              open(
                { kind: 'restore', id: department.id, name: department.name },
                buttonId(department.id, 'restore'),
              )
            }
          />
        )}
      </section>
    </>
  );
}

function panelKey(panel: Panel): string {
  return panel.kind === 'create' ? 'create' : `${panel.kind}-${panel.id}`;
}

function ArchivedDepartments({
  departments,
  onRestore,
}: {
  departments: Department[];
  onRestore(department: Department): void;
}) {
  return (
    <ul className="structure-objectives">
      {departments.map((department) => (
        <li key={department.id} className="structure-objective">
          <span>
            <span className="structure-objective__number">{department.code}</span>
            {department.name}
          </span>
          <button
            type="button"
            id={buttonId(department.id, 'restore')}
            className="button button--small button--secondary"
            onClick={() => onRestore(department)}
          >
            Restore<span className="visually-hidden"> {department.name}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}

function DepartmentPanel({
  panel,
  close,
}: {
  panel: Panel;
  close(message?: string, focusId?: string): void;
}) {
  const write = useDepartmentWrite();
  if (panel.kind === 'create') {
    return (
      <TaskPanel id="department-create" title="Add a department">
        <RecordEditor
          form={departmentForm}
          idPrefix="department"
          write={write}
          submitLabel="Add the department"
          onSaved={(department) => close(`${department.name} was added.`)}
          onCancel={() => close()}
        />
      </TaskPanel>
    );
  }
  if (panel.kind === 'edit') {
    return (
      <TaskPanel id="department-edit" title={`Edit ${panel.name}`}>
        <StoredRecord entity="department" id={panel.id}>
          {(department) => (
            <RecordEditor
              form={departmentForm}
              idPrefix="department"
              stored={department}
              write={write}
              submitLabel="Save changes"
              onSaved={(saved) => close(`${saved.name} was saved.`)}
              onCancel={() => close()}
            />
          )}
        </StoredRecord>
      </TaskPanel>
    );
  }
  const archive = panel.kind === 'archive';
  return (
    <TaskPanel
      id={`department-${panel.kind}`}
      title={`${archive ? 'Archive' : 'Restore'} ${panel.name}?`}
    >
      <StoredRecord entity="department" id={panel.id}>
        {(department) => (
          <ConfirmRecordAction
            action={panel.kind === 'archive' ? 'archive' : 'restore'}
            stored={department}
            form={departmentForm}
            explanation={
              archive
                ? `${department.name} leaves the lists, scorecards and roll-ups. Its KPIs and their values are kept, and you can restore it later.`
                : `${department.name} comes back in the lists, scorecards and roll-ups, with its KPIs.`
            }
            confirmLabel={`${archive ? 'Archive' : 'Restore'} ${department.name}`}
            write={write}
            onDone={(saved) =>
              close(
                `${saved.name} was ${archive ? 'archived' : 'restored'}.`,
                archive ? 'archived-departments' : ADD_BUTTON,
              )
            }
            onCancel={() => close()}
          />
        )}
      </StoredRecord>
    </TaskPanel>
  );
}
