// Only models.yaml changed between the builds (Widget gained serial_number): Widget's model is regenerated and
// every other file, including Gizmo's from the same referenced file, keeps its bytes and its timestamp.
def pkg = 'com/example/workshop'
def generated = new File(basedir, "target/generated-sources/parallel4j/$pkg")
def before = new File(basedir, "target/before/$pkg") // the first build's output, copied with its timestamps
def marker = new File(basedir, 'target/changed.marker').lastModified() // touched just before models.yaml changed
assert before.isDirectory() && marker > 0

def files = { dir ->
    def found = []
    dir.eachFileRecurse(groovy.io.FileType.FILES) { found << (it.path - dir.path - '/') }
    found.sort()
}
assert files(before) == files(generated)
assert files(generated).containsAll(['WorkshopClient.java', 'model/Widget.java', 'model/Gizmo.java', 'model/Problem.java',
                                     'service/WidgetsService.java'])

def widget = new File(generated, 'model/Widget.java')
assert !new File(before, 'model/Widget.java').text.contains('serialNumber')
assert widget.text.contains('public Optional<String> serialNumber()')
assert widget.text.contains('public Optional<Gizmo> gizmo()') // still the named type from models.yaml
assert widget.lastModified() >= marker

(files(generated) - 'model/Widget.java').each { path ->
    def now = new File(generated, path)
    def then = new File(before, path)
    assert now.bytes == then.bytes, "$path changed"
    assert now.lastModified() == then.lastModified(), "$path was rewritten"
}

def log = new File(basedir, 'build.log').text
def runs = (log =~ /parallel4j: 1 service, 3 types from api\.yaml: (\d+) files? written, (\d+) unchanged, (\d+) deleted/).collect { it }
assert runs.size() == 2
assert runs[1][1] == '1' && runs[1][2] == String.valueOf(files(generated).size() - 1) && runs[1][3] == '0'
assert new File(basedir, "target/classes/$pkg/model/Widget.class").lastModified() >= marker
true
