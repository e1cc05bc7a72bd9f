import { fireEvent, render, screen } from '@testing-library/react';
import { FiscalYearSelect } from './FiscalYearSelect';

function renderSelect(value: number | undefined) {
  const onChange = jest.fn<void, [number | undefined]>();
  render(
    <FiscalYearSelect
      value={value}
      currentFiscalYear={2026}
      firstFiscalYear={2022}
      onChange={onChange}
    />,
  );
  return { select: screen.getByLabelText<HTMLSelectElement>('Fiscal year'), onChange };
}

describe('FiscalYearSelect', () => {
  test('lists the current year to date, then each earlier year of the plan at its end', () => {
    renderSelect(undefined);

    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual([
      'FY2026 to date',
      'FY2025 (year end)',
      'FY2024 (year end)',
      'FY2023 (year end)',
      'FY2022 (year end)',
    ]);
  });

  test('shows the chosen year, and the current year when none is chosen', () => {
    expect(renderSelect(2024).select.selectedOptions[0]?.textContent).toBe('FY2024 (year end)');
  });

  test('shows the current year when the chosen year is the current one', () => {
    expect(renderSelect(2026).select.selectedOptions[0]?.textContent).toBe('FY2026 to date');
  });

  test('calls onChange with the year chosen, and with undefined for the current year', () => {
    const { select, onChange } = renderSelect(2024);

    fireEvent.change(select, { target: { value: '2023' } });
    fireEvent.change(select, { target: { value: '' } });

    expect(onChange.mock.calls).toEqual([[2023], [undefined]]);
  });
});
