// The live embed (/embed/{metric}): draws the chart at the size of its frame from
// /embed/{metric}/chart.svg, redraws it when the frame is resized, shows a tooltip over a bar
// and, on a click (or Enter), the facts behind it from /api/facts with a link to /facts.
// No connection is held: every viewer is served plain files.
(function () {
  "use strict";

  var figure = document.querySelector("figure.embed-live[data-chart-src]");
  if (!figure) {
    return;
  }

  var box = figure.querySelector("[data-embed-chart]");
  var drawn = "";
  var pending = null;
  var tooltip = null;
  var popup = null;

  function draw() {
    var width = Math.floor(box.clientWidth);
    var height = Math.floor(box.clientHeight);
    if (width < 80 || height < 60) {
      return;
    }

    var url = figure.dataset.chartSrc + (figure.dataset.chartSrc.indexOf("?") < 0 ? "?" : "&") + "width=" + width + "&height=" + height;
    if (url === drawn) {
      return;
    }

    drawn = url;
    fetch(url, { credentials: "same-origin" })
      .then(function (response) {
        if (!response.ok) {
          throw new Error(response.status);
        }

        return response.text();
      })
      .then(function (svg) {
        if (url !== drawn) {
          return;
        }

        closePopup();
        hideTooltip();
        var noscript = box.querySelector("noscript");
        box.innerHTML = svg;
        if (noscript) {
          box.appendChild(noscript);
        }

        figure.dataset.chartReady = "true";
      })
      .catch(function () {
        if (url === drawn && !box.querySelector("svg")) {
          box.textContent = figure.dataset.errorWord;
        }
      });
  }

  function scheduleDraw() {
    clearTimeout(pending);
    pending = setTimeout(draw, drawn ? 150 : 0);
  }

  function hitOf(target) {
    return target && target.closest ? target.closest("[data-hit]") : null;
  }

  // Puts a floating box near (x, y) in the chart, inside the frame.
  function place(element, x, y) {
    var frame = figure.getBoundingClientRect();
    var chart = box.getBoundingClientRect();
    var left = x - frame.left + 12;
    var top = y - frame.top + 12;
    figure.appendChild(element);
    var rect = element.getBoundingClientRect();
    if (left + rect.width > frame.width - 4) {
      left = Math.max(4, x - frame.left - rect.width - 12);
    }

    if (top + rect.height > frame.height - 4) {
      top = Math.max(chart.top - frame.top, frame.height - rect.height - 4);
    }

    element.style.left = left + "px";
    element.style.top = Math.max(0, top) + "px";
  }

  function swatch(className, colour) {
    var span = document.createElement("span");
    span.className = className;
    span.style.background = colour;
    return span;
  }

  function showTooltip(hit, x, y) {
    hideTooltip();
    tooltip = document.createElement("div");
    tooltip.className = "embed-tooltip";
    tooltip.setAttribute("role", "tooltip");
    var head = document.createElement("div");
    head.appendChild(swatch("embed-tooltip-swatch", hit.dataset.colour));
    head.appendChild(document.createTextNode(" " + hit.dataset.title));
    var value = document.createElement("div");
    value.textContent = hit.dataset.value + " · " + hit.dataset.reviewed;
    tooltip.appendChild(head);
    tooltip.appendChild(value);
    place(tooltip, x, y);
  }

  function hideTooltip() {
    if (tooltip) {
      tooltip.remove();
      tooltip = null;
    }
  }

  function closePopup() {
    if (popup) {
      popup.remove();
      popup = null;
    }
  }

  function openPopup(hit, x, y) {
    hideTooltip();
    closePopup();
    popup = document.createElement("div");
    popup.className = "embed-point";
    popup.setAttribute("role", "dialog");
    popup.setAttribute("aria-label", hit.dataset.title);
    popup.dataset.embedPoint = "";

    var head = document.createElement("div");
    head.className = "embed-point-head";
    head.appendChild(swatch("embed-point-swatch", hit.dataset.colour));
    var title = document.createElement("span");
    title.className = "embed-point-title";
    title.textContent = hit.dataset.title;
    head.appendChild(title);
    var close = document.createElement("button");
    close.type = "button";
    close.className = "embed-point-close";
    close.setAttribute("aria-label", figure.dataset.closeWord);
    close.dataset.close = "";
    close.textContent = "×";
    close.addEventListener("click", closePopup);
    head.appendChild(close);
    popup.appendChild(head);

    var value = document.createElement("div");
    value.className = "embed-point-value";
    value.textContent = hit.dataset.value;
    popup.appendChild(value);
    var reviewed = document.createElement("div");
    reviewed.className = "embed-point-reviewed";
    reviewed.textContent = hit.dataset.reviewed;
    popup.appendChild(reviewed);

    var list = document.createElement("ul");
    list.className = "embed-point-facts";
    list.dataset.facts = "";
    var loading = document.createElement("li");
    loading.textContent = figure.dataset.loadingWord;
    list.appendChild(loading);
    popup.appendChild(list);

    var link = document.createElement("a");
    link.className = "embed-point-link";
    link.href = hit.dataset.facts;
    link.target = "_blank";
    link.rel = "noopener";
    link.dataset.factsLink = "";
    link.textContent = hit.dataset.more;
    popup.appendChild(link);
    place(popup, x, y);

    // The facts page's query is /api/facts's: the first few sentences behind the bar.
    var query = hit.dataset.facts.substring(hit.dataset.facts.indexOf("?"));
    var shown = popup;
    fetch("/api/facts" + query + "&pageSize=3", { credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.json() : { items: [] }; })
      .then(function (page) {
        if (popup !== shown) {
          return;
        }

        list.textContent = "";
        (page.items || []).forEach(function (fact) {
          var source = fact.sources && fact.sources[0];
          if (!source) {
            return;
          }

          var item = document.createElement("li");
          item.textContent = (fact.date ? fact.date + " " : "") + source.evidence;
          list.appendChild(item);
        });
        if (!list.childElementCount) {
          list.remove();
        }
      })
      .catch(function () { list.remove(); });
  }

  box.addEventListener("pointermove", function (event) {
    var hit = hitOf(event.target);
    if (!hit || popup) {
      hideTooltip();
      return;
    }

    showTooltip(hit, event.clientX, event.clientY);
  });
  box.addEventListener("pointerleave", hideTooltip);
  box.addEventListener("click", function (event) {
    var hit = hitOf(event.target);
    if (hit) {
      openPopup(hit, event.clientX, event.clientY);
    } else {
      closePopup();
    }
  });
  box.addEventListener("keydown", function (event) {
    var hit = hitOf(event.target);
    if (hit && (event.key === "Enter" || event.key === " ")) {
      event.preventDefault();
      var rect = hit.getBoundingClientRect();
      openPopup(hit, rect.left + rect.width / 2, rect.top);
    }
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") {
      closePopup();
    }
  });

  if (window.ResizeObserver) {
    new ResizeObserver(scheduleDraw).observe(box);
  } else {
    window.addEventListener("resize", scheduleDraw);
  }

  draw();
})();
