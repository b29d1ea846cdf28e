(function () {
  var lists = document.querySelectorAll("details.status");
  if (!lists.length) return;
  var bar = document.createElement("p");
  bar.id = "controls";
  [["Open all", true], ["Close all", false]].forEach(function (b) {
    var button = document.createElement("button");
    button.type = "button";
    button.textContent = b[0];
    button.addEventListener("click", function () {
      lists.forEach(function (d) { d.open = b[1]; });
    });
    bar.appendChild(button);
  });
  var main = document.querySelector("main");
  main.insertBefore(bar, main.firstChild);
  window.addEventListener("beforeprint", function () {
    lists.forEach(function (d) { d.open = true; });
  });
})();
