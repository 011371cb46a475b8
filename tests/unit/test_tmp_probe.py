import pytest
from tests.unit.test_manager_checks import run, listed, said, MANAGER_CHECKS, EMPLOYEE_CHECKS
pytestmark = pytest.mark.usefixtures("own_app_db")

@pytest.mark.parametrize("earlier", [["ik ben teamleider van het klantcontactcentrum van de gemeente"], ["ik ben teamleider, dat zei ik toch al"], ["ik ben teamleider"]])
def test_probe(earlier):
    m = run("ik wil een zelftest doen voor leidinggevenden", "nl", earlier=earlier)
    print(earlier, listed(m), said(m))
    m = run(earlier[0], "nl", earlier=[])
    print("latest:", listed(m), said(m))
