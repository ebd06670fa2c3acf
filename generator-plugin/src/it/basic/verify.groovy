// The goal generated the client into target/generated-sources/parallel4j and the build compiled it.
def generated = new File(basedir, 'target/generated-sources/parallel4j/com/example/notes')
assert new File(generated, 'NotesClient.java').isFile()
assert new File(generated, 'service/NotesService.java').isFile()
assert new File(generated, 'model/Note.java').isFile()
assert new File(basedir, 'target/classes/com/example/notes/NotesClient.class').isFile()
assert new File(basedir, 'target/classes/com/example/app/App.class').isFile()
def service = new File(generated, 'service/NotesService.java').text
assert service.contains('public Note create(NewNote body')
assert service.contains('public Note retrieve(String noteId')
def log = new File(basedir, 'build.log').text
assert log.contains('parallel4j: 1 service, ')
true
