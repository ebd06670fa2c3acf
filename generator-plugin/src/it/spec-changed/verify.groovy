// Second build after editing the document: Chore gained done_at, Reminder and the operation using it were removed.
// Only what changed is rewritten, the stale file is deleted, the rest keeps its bytes and its timestamp.
def pkg = 'com/example/chores'
def generated = new File(basedir, "target/generated-sources/parallel4j/$pkg")
def before = new File(basedir, "target/before/$pkg") // the first build's output, copied with its timestamps
def marker = new File(basedir, 'target/changed.marker').lastModified() // touched just before the document changed
assert before.isDirectory() && marker > 0

// The changed schema's model was regenerated, and so was the service that lost an operation.
def chore = new File(generated, 'model/Chore.java')
assert !new File(before, 'model/Chore.java').text.contains('doneAt')
assert chore.text.contains('public Optional<OffsetDateTime> doneAt()')
assert chore.lastModified() >= marker
def service = new File(generated, 'service/ChoresService.java')
assert new File(before, 'service/ChoresService.java').text.contains(' reminder(')
assert !service.text.contains(' reminder(')
assert service.lastModified() >= marker

// The removed schema's model is gone, and so is its class.
assert new File(before, 'model/Reminder.java').isFile()
assert !new File(generated, 'model/Reminder.java').exists()
assert !new File(basedir, "target/classes/$pkg/model/Reminder.class").exists()

// Unchanged files were not touched.
['model/NewChore.java', 'ChoresClient.java'].each { path ->
    def now = new File(generated, path)
    def then = new File(before, path)
    assert now.bytes == then.bytes, path
    assert now.lastModified() == then.lastModified() && now.lastModified() < marker, "$path was rewritten"
}

// Exactly these files are left, and the project still compiles against them.
def left = []
generated.eachFileRecurse(groovy.io.FileType.FILES) { left << (it.path - generated.path - '/') }
assert left.sort() == ['ChoresClient.java', 'model/Chore.java', 'model/NewChore.java', 'service/ChoresService.java']
assert new File(basedir, "target/classes/$pkg/model/Chore.class").lastModified() >= marker
assert new File(basedir, 'target/classes/com/example/app/App.class').isFile()

// What the plugin said it did matches, and before that, what changed in the Java API, the breaking changes as warnings.
def log = new File(basedir, 'build.log').text
assert log.contains('parallel4j: 1 service, 3 types from chores.yaml: 5 files written, 0 unchanged, 0 deleted')
def report = '''[INFO] parallel4j: 3 changes to the generated API since the last generation, 2 of them breaking:
[INFO] parallel4j:   added property Chore.doneAt: OffsetDateTime
[WARNING] parallel4j:   BREAKING removed method ChoresService.reminder
[WARNING] parallel4j:   BREAKING removed type Reminder
[INFO] parallel4j: 1 service, 2 types from chores.yaml: 2 files written, 2 unchanged, 1 deleted'''
assert log.normalize().contains(report)
assert log.count('changes to the generated API') == 1 // the first build had nothing to compare with
true
