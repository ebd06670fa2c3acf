// With failOnBreakingChange, a document change that removes an operation and a type failed the build, after the
// change report, without touching the sources; turning the switch off once accepted the change.
def pkg = 'com/example/chores'
def generated = new File(basedir, "target/generated-sources/parallel4j/$pkg")
def before = new File(basedir, "target/before/$pkg") // the first build's output, copied with its timestamps
assert before.isDirectory()

def builds = new File(basedir, 'build.log').text.normalize().split(/(?m)^\[INFO\] Scanning for projects\.\.\./).findAll { it.trim() }
assert builds.size() == 4
def report = '''[INFO] parallel4j: 3 changes to the generated API since the last generation, 2 of them breaking:
[INFO] parallel4j:   added property Chore.doneAt: OffsetDateTime
[WARNING] parallel4j:   BREAKING removed method ChoresService.reminder
[WARNING] parallel4j:   BREAKING removed type Reminder
'''

// Second build: the report, then one error line saying why nothing was written.
assert builds[1].contains(report)
def errors = builds[1].readLines().findAll { it.contains(': parallel4j: ') }
assert errors.size() == 1
assert errors[0].contains("generate (default) on project breaking-change: parallel4j: 2 breaking changes to the generated API " +
        "(removed method ChoresService.reminder; removed type Reminder); failOnBreakingChange is set, so the previous sources " +
        "were left as they were")
if (showErrors != 'true') {
    assert !builds[1].contains('\tat ')
}
// ... and the sources were as the first build wrote them, timestamps included, when the third build began.
def afterFailure = new File(basedir, "target/after-failure/$pkg")
def files = { dir ->
    def found = []
    dir.eachFileRecurse(groovy.io.FileType.FILES) { found << (it.path - dir.path - '/') }
    found.sort()
}
assert files(before) == ['ChoresClient.java', 'model/Chore.java', 'model/NewChore.java', 'model/Reminder.java', 'service/ChoresService.java']
assert files(afterFailure) == files(before)
files(before).each { file ->
    assert new File(afterFailure, file).bytes == new File(before, file).bytes, "$file changed"
    assert new File(afterFailure, file).lastModified() == new File(before, file).lastModified(), "$file was rewritten"
}
def third = builds[2]
assert third.contains(report + '[INFO] parallel4j: 1 service, 2 types from chores.yaml: 2 files written, 2 unchanged, 1 deleted')

// Accepted: the new sources are in place, and the fourth build, with the switch on again, has nothing to do.
assert !new File(generated, 'model/Reminder.java').exists()
assert new File(generated, 'model/Chore.java').text.contains('doneAt')
assert new File(generated, 'ChoresClient.java').bytes == new File(before, 'ChoresClient.java').bytes
assert builds[3].contains('[INFO] parallel4j: up to date: chores.yaml unchanged since the last generation')
assert !builds[3].contains('changes to the generated API')
true
