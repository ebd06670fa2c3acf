// The second build broke the document with a dangling $ref: it failed with one line naming the file, the line and
// the JSON pointer, printed no stack trace, and left the first build's sources exactly as they were.
def pkg = 'com/example/notes'
def generated = new File(basedir, "target/generated-sources/parallel4j/$pkg")
def before = new File(basedir, "target/before/$pkg") // the first build's output, copied with its timestamps
def marker = new File(basedir, 'target/changed.marker').lastModified() // touched just before the document broke
assert before.isDirectory() && marker > 0

def log = new File(basedir, 'build.log').text
assert log.contains('parallel4j: 1 service, 2 types from notes.yaml: 4 files written, 0 unchanged, 0 deleted')

def document = new File(basedir, 'src/main/openapi/notes.yaml')
def line = document.readLines().findIndexOf { it.contains("\$ref: '#/components/schemas/NewNot'") } + 1
assert line > 0 // the second build really read the broken document
def path = document.toPath().toAbsolutePath().normalize()
def pointer = '/paths/~1v1~1notes/post/requestBody/content/application~1json/schema/$ref'
def failure = "[ERROR] Failed to execute goal dev.parallel4j:parallel4j-maven-plugin:${pluginVersion}:generate (default) " +
        "on project invalid-spec: parallel4j: ${path}:${line}#${pointer}: \$ref '#/components/schemas/NewNot' points to nothing"
def errors = log.readLines().findAll { it.contains(': parallel4j: ') }
assert errors.size() == 1
assert errors[0].startsWith(failure) && errors[0].endsWith(' -> [Help 1]')
if (showErrors != 'true') { // -Dinvoker.showErrors=true runs the builds with -e, which prints Maven's own stack trace
    assert !log.contains('\tat ')
    assert !log.contains('Caused by')
    assert !log.contains('SpecException')
}

def files = { dir ->
    def found = []
    dir.eachFileRecurse(groovy.io.FileType.FILES) { found << (it.path - dir.path - '/') }
    found.sort()
}
assert files(before) == ['NotesClient.java', 'model/NewNote.java', 'model/Note.java', 'service/NotesService.java']
assert files(generated) == files(before) // nothing added, nothing removed, no temporary file left behind
files(before).each { file ->
    def now = new File(generated, file)
    def then = new File(before, file)
    assert now.bytes == then.bytes, "$file changed"
    assert now.lastModified() == then.lastModified() && now.lastModified() < marker, "$file was rewritten"
}
true
