// Tandem's only script: CSRF for htmx, charts from data attributes, drag and drop on the board.
(function () {
	'use strict';

	document.addEventListener('htmx:configRequest', function (event) {
		var token = document.querySelector('meta[name="_csrf"]');
		var header = document.querySelector('meta[name="_csrf_header"]');
		if (token && header) {
			event.detail.headers[header.content] = token.content;
		}
	});

	function renderCharts(root) {
		if (typeof echarts === 'undefined') {
			return;
		}
		(root || document).querySelectorAll('[data-chart]').forEach(function (element) {
			if (echarts.getInstanceByDom(element)) {
				return;
			}
			var option = JSON.parse(element.getAttribute('data-chart'));
			var chart = echarts.init(element);
			chart.setOption(option);
			window.addEventListener('resize', function () { chart.resize(); });
		});
	}

	function enableBoard() {
		var dragged = null;
		document.querySelectorAll('.board-card[draggable="true"]').forEach(function (card) {
			card.addEventListener('dragstart', function (event) {
				dragged = card;
				event.dataTransfer.setData('text/plain', card.dataset.contact);
			});
		});
		document.querySelectorAll('.board-column').forEach(function (column) {
			column.addEventListener('dragover', function (event) {
				if (dragged && dragged.dataset.next.split(',').indexOf(column.dataset.stage) >= 0) {
					event.preventDefault();
					column.classList.add('drop-target');
				}
			});
			column.addEventListener('dragleave', function () { column.classList.remove('drop-target'); });
			column.addEventListener('drop', function (event) {
				event.preventDefault();
				column.classList.remove('drop-target');
				if (!dragged) {
					return;
				}
				var form = dragged.querySelector('form');
				form.querySelector('select[name="to"]').value = column.dataset.stage;
				form.requestSubmit();
			});
		});
	}

	// a reason list is shown only while the chosen stage needs a reason
	function linkReasonFields() {
		document.querySelectorAll('select[name="to"]').forEach(function (select) {
			var field = select.form && select.form.querySelector('.reason-field');
			if (!field) {
				return;
			}
			var update = function () {
				var option = select.options[select.selectedIndex];
				field.hidden = !option || option.getAttribute('data-reason') !== 'true';
			};
			select.addEventListener('change', update);
			update();
		});
	}

	// charts in content that htmx brings in (the home page's shared numbers)
	document.addEventListener('htmx:afterSettle', function (event) {
		renderCharts(event.detail.elt.parentNode || document);
	});

	document.addEventListener('DOMContentLoaded', function () {
		renderCharts();
		enableBoard();
		linkReasonFields();
	});
})();
