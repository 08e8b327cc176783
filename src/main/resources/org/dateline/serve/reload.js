// Dateline serve mode: reloads the page when the site is rebuilt (server-sent events).
(function () {
  if (!window.EventSource) {
    return;
  }
  var source = new EventSource("/__dateline/events");
  source.addEventListener("reload", function () {
    window.location.reload();
  });
})();
