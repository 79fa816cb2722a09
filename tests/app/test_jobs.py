"""A stage's job: off the request thread, once at a time however often it is asked for, and
its end said in plain words whatever happens."""

from __future__ import annotations

import threading

from pipeline.app.jobs import Job, Jobs
from pipeline.errors import InputFileError


def wait(job: Job) -> None:
    for _ in range(200):
        if not job.running:
            return
        job.changed.wait(0.05)
        job.changed.clear()
    raise AssertionError("the job did not end")


def test_a_stage_asked_for_twice_runs_once() -> None:
    jobs = Jobs()
    go = threading.Event()
    runs: list[int] = []

    def work(job: Job) -> str:
        runs.append(job.number)
        job.progress(1, 2)
        go.wait(10)
        job.progress(2, 2)
        return "made"

    first, started = jobs.start("generate", work)
    again, started_again = jobs.start("generate", work)
    assert started and not started_again and again is first
    assert jobs.busy() == [first]
    go.set()
    wait(first)
    assert (first.state, first.result, first.done, first.total) == ("done", "made", 2, 2)
    assert runs == [first.number]
    later, started = jobs.start("generate", work)  # once it has ended, it can run again
    assert started and later.number == first.number + 1
    wait(later)


def test_other_stages_run_beside_it() -> None:
    jobs = Jobs()
    go = threading.Event()
    one, _ = jobs.start("generate", lambda job: go.wait(10))
    two, started = jobs.start("status", lambda job: "counted")
    assert started
    wait(two)
    assert two.result == "counted" and one.running
    go.set()
    wait(one)


def test_what_went_wrong_is_said_as_the_command_says_it() -> None:
    jobs = Jobs()

    def refused(job: Job) -> None:
        raise InputFileError("The employee list input/employees.xlsx is not there.")

    def broken(job: Job) -> None:
        raise ZeroDivisionError("boom")

    def full(job: Job) -> None:
        raise OSError(28, "No space left on device", "output/x.xlsx")

    said = []
    for work in (refused, broken, full):
        job, _ = jobs.start(work.__name__, work)
        wait(job)
        assert job.state == "failed"
        said.append(job.error)
    assert said[0] == "The employee list input/employees.xlsx is not there."
    assert said[1].startswith("mus stopped on an unexpected problem (ZeroDivisionError).")
    assert "boom" not in said[1] and "Traceback" not in said[1]
    assert "output/x.xlsx" in said[2]


def test_notices_reach_every_page_that_follows() -> None:
    jobs = Jobs()
    job, _ = jobs.start("signin", lambda job: job.notify("Open https://microsoft.com/devicelogin "
                                                         "and type ABCD-1234."))
    wait(job)
    assert job.snapshot()["notices"] == ["Open https://microsoft.com/devicelogin and type "
                                         "ABCD-1234."]
    assert job.snapshot()["state"] == "done"
