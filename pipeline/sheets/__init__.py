"""Reading HR's own spreadsheets: the employee list and the question set."""

from pipeline.sheets.employees import EmployeeList, read_employee_list, read_employees
from pipeline.sheets.questions import read_question_set

__all__ = ["EmployeeList", "read_employee_list", "read_employees", "read_question_set"]
